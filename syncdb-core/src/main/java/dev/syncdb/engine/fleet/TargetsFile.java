package dev.syncdb.engine.fleet;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.DatabaseUrl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A targets file: one target per line, {@code URL} or {@code URL SCHEMA} (the schema to manage on
 * that server); blank lines and comments ({@code #} at the start of a line or after a blank) are
 * skipped; {@code ${NAME}} is replaced by the environment variable NAME (an unset one is an error),
 * so passwords stay out of the file: put them in the environment, or leave them out and let the
 * driver's password lookup find them (PostgreSQL: {@code PGPASSWORD}, the password file). Error
 * messages name the line by number and never echo it.
 */
public final class TargetsFile {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private TargetsFile() {
    }

    public static List<FleetTarget> read(Path file, Map<String, String> env) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw SyncdbException.error("cannot read the targets file " + file + ": " + e.getMessage());
        }
        List<FleetTarget> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            FleetTarget t = parse(lines.get(i), env, file + " line " + (i + 1));
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** One line as a target, or null when it holds none. */
    static FleetTarget parse(String line, Map<String, String> env, String where) {
        String text = stripComment(line).strip();
        if (text.isEmpty()) {
            return null;
        }
        String[] parts = expand(text, env, where).split("\\s+");
        if (parts.length > 2) {
            throw SyncdbException.error(where + ": expected URL or URL SCHEMA");
        }
        try {
            return new FleetTarget(DatabaseUrl.parse(parts[0]), parts.length == 2 ? parts[1] : null);
        } catch (IllegalArgumentException e) {
            throw SyncdbException.error(where + ": not a database URL (" + DatabaseUrl.maskText(e.getMessage()) + ")");
        }
    }

    private static String stripComment(String line) {
        String s = line.stripLeading();
        if (s.startsWith("#")) {
            return "";
        }
        Matcher m = Pattern.compile("\\s#").matcher(s);
        return m.find() ? s.substring(0, m.start()) : s;
    }

    private static String expand(String text, Map<String, String> env, String where) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String v = env.get(m.group(1));
            if (v == null) {
                throw SyncdbException.error(where + ": the environment variable " + m.group(1) + " is not set");
            }
            m.appendReplacement(b, Matcher.quoteReplacement(v));
        }
        m.appendTail(b);
        return b.toString();
    }
}
