package dev.syncdb.postgres;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.DialectContext;
import dev.syncdb.dialect.OnceWarnings;
import dev.syncdb.dialect.OwnerOnlyFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The password of a PostgreSQL connection, found where libpq finds it: the URL's own, else the
 * {@code PGPASSWORD} environment variable, else the first matching line of the password file
 * ({@code passfile} URL parameter, else {@code PGPASSFILE}, else {@code ~/.pgpass}; on Windows
 * {@code %APPDATA%\postgresql\pgpass.conf}). A line is {@code host:port:database:user:password};
 * {@code *} matches anything in the first four fields, {@code \:} and {@code \\} stand for a colon
 * and a backslash. As libpq does, a password file that group or others can access is ignored
 * with a warning (POSIX file systems).
 */
final class PgPassword {
    private PgPassword() {
    }

    /** The password for connecting to {@code database} (null: the URL's) as {@code url}'s user, or null when none is found. */
    static String resolve(DatabaseUrl url, String database, DialectContext context) {
        if (url.password() != null) {
            return url.password();
        }
        String env = context.env("PGPASSWORD");
        if (env != null) {
            return env;
        }
        Path file = passFile(url, context);
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            Optional<String> open = OwnerOnlyFiles.accessibleByOthers(file);
            if (open.isPresent()) {
                warnOnce(context, file, "password file " + file + " has group or world access (mode " + open.get()
                        + "); it is ignored, as libpq does: permissions should be u=rw (chmod 600)");
                return null;
            }
            String host = url.host() == null || url.host().isEmpty() ? "localhost" : url.host();
            String port = String.valueOf(url.port() == null ? PostgresConnector.DEFAULT_PORT : url.port());
            String db = database != null ? database : PostgresConnector.databaseName(url);
            return lookup(Files.readAllLines(file), host, port, db, PostgresConnector.user(url)).orElse(null);
        } catch (IOException e) {
            warnOnce(context, file, "cannot read password file " + file + ": " + e.getMessage());
            return null;
        }
    }

    /** Where the password file is: the {@code passfile} parameter, {@code PGPASSFILE}, else the per-user default (null without a home). */
    static Path passFile(DatabaseUrl url, DialectContext context) {
        String named = url.params().get("passfile");
        if (named == null || named.isEmpty()) {
            named = context.env("PGPASSFILE");
        }
        if (named != null && !named.isEmpty()) {
            return Path.of(named);
        }
        String appData = context.env("APPDATA");
        if (appData != null && !appData.isEmpty() && context.env("HOME") == null) {
            return Path.of(appData, "postgresql", "pgpass.conf");
        }
        Path home = context.home();
        return home == null ? null : home.resolve(".pgpass");
    }

    /** The password of the first line matching host, port, database and user; comments and short lines are skipped. */
    static Optional<String> lookup(List<String> lines, String host, String port, String database, String user) {
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> f = fields(line);
            if (f.size() < 5) {
                continue;
            }
            if (field(f.get(0), host) && field(f.get(1), port) && field(f.get(2), database) && field(f.get(3), user)) {
                return Optional.of(f.get(4));
            }
        }
        return Optional.empty();
    }

    private static boolean field(String pattern, String value) {
        return pattern == null || pattern.equals(value);
    }

    /**
     * The colon-separated fields of a line with escapes resolved ({@code \:} a colon, {@code \\} a
     * backslash); the fifth field, the password, runs to the end of the line. A first-four field that
     * is a lone unescaped {@code *} is the wildcard, returned as null ({@code \*} is a literal star).
     */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
            } else if (c == ':' && out.size() < 4) {
                out.add(line.substring(start, i).equals("*") ? null : cur.toString());
                cur.setLength(0);
                start = i + 1;
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static void warnOnce(DialectContext context, Path file, String message) {
        OnceWarnings.warn(context, file.toString(), message);
    }
}
