package dev.syncdb.dialect;

import dev.syncdb.SyncdbException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The registry of dialects found on the class path. */
public final class Dialects {

    private Dialects() {
    }

    public static List<Dialect> all() {
        List<Dialect> out = new ArrayList<>();
        ServiceLoader.load(Dialect.class, Dialects.class.getClassLoader()).forEach(out::add);
        return out;
    }

    /** The dialect for a URL, or a one-line error naming the schemes that are supported. */
    public static Dialect forUrl(DatabaseUrl url) {
        return forUrl(url, DialectContext.system());
    }

    /** The dialect for a URL working in {@code context}, or a one-line error naming the supported schemes. */
    public static Dialect forUrl(DatabaseUrl url, DialectContext context) {
        List<Dialect> all = all();
        return all.stream().filter(d -> d.accepts(url)).findFirst().map(d -> d.withContext(context)).orElseThrow(() -> SyncdbException.error(
                "unsupported database URL scheme '" + url.scheme() + "' in " + hideUserInfo(url.masked()) + " (supported: "
                        + String.join(", ", all.stream().map(Dialect::name).toList()) + ")"));
    }

    /** An unknown scheme says nothing of where its password is: everything before the last '@' is hidden. */
    private static String hideUserInfo(String masked) {
        int at = masked.lastIndexOf('@');
        return at < 0 ? masked : masked.substring(0, masked.indexOf(':') + 1) + "***" + masked.substring(at);
    }

    /** The dialect called {@code name} ("postgresql", "sqlite", ...), if one is on the class path. */
    public static Optional<Dialect> named(String name) {
        return all().stream().filter(d -> d.name().equals(name)).findFirst();
    }
}
