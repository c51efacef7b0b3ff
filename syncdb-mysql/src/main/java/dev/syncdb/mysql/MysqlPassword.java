package dev.syncdb.mysql;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.DialectContext;
import dev.syncdb.dialect.OnceWarnings;
import dev.syncdb.dialect.OwnerOnlyFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The password of a MySQL / MariaDB connection: the URL's own, else the {@code MYSQL_PWD}
 * environment variable, else {@code password} in the {@code [client]}, {@code [mysql]},
 * {@code [client-server]} or {@code [client-mariadb]} group of an option file: the one named on the
 * command line ({@code --defaults-file}, then the only one read), else {@code ~/.my.cnf}. As the
 * clients do, an option file that others can write is ignored with a warning (POSIX file systems).
 */
final class MysqlPassword {
    static final Set<String> GROUPS = Set.of("client", "mysql", "client-server", "client-mariadb");

    private MysqlPassword() {
    }

    /** The password for {@code url}, or null when none is found. */
    static String resolve(DatabaseUrl url, DialectContext context) {
        if (url.password() != null) {
            return url.password();
        }
        String env = context.env("MYSQL_PWD");
        if (env != null) {
            return env;
        }
        Path file = optionFile(context);
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            Optional<String> open = OwnerOnlyFiles.writableByOthers(file);
            if (open.isPresent()) {
                OnceWarnings.warn(context, file.toString(), "option file " + file + " can be changed by other users (mode " + open.get()
                        + "); it is ignored, as the MySQL clients do: chmod 600 " + file);
                return null;
            }
            return password(Files.readAllLines(file)).orElse(null);
        } catch (IOException e) {
            OnceWarnings.warn(context, file.toString(), "cannot read option file " + file + ": " + e.getMessage());
            return null;
        }
    }

    /** The option file read: the one named on the command line, else {@code ~/.my.cnf} (null without a home). */
    static Path optionFile(DialectContext context) {
        if (context.clientFile() != null) {
            return context.clientFile();
        }
        Path home = context.home();
        return home == null ? null : home.resolve(".my.cnf");
    }

    /** The last {@code password} of the client groups (a later setting overrides an earlier one, as in the clients). */
    static Optional<String> password(List<String> lines) {
        String group = null;
        String found = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";") || line.startsWith("!")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                group = line.substring(1, line.length() - 1).strip().toLowerCase();
                continue;
            }
            int eq = line.indexOf('=');
            String key = (eq < 0 ? line : line.substring(0, eq)).strip().toLowerCase().replace('_', '-');
            if (group != null && GROUPS.contains(group) && key.equals("password") && eq >= 0) {
                found = value(line.substring(eq + 1).strip());
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * An option value: quoted ({@code '...'} or {@code "..."}, where {@code #} is kept) or bare (a
     * {@code #} starts a comment); the escapes {@code \b \t \n \r \\ \s} are resolved.
     */
    static String value(String v) {
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'')) {
            int end = v.indexOf(v.charAt(0), 1);
            if (end > 0) {
                return unescape(v.substring(1, end));
            }
        }
        int hash = v.indexOf('#');
        return unescape((hash >= 0 ? v.substring(0, hash) : v).strip());
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(switch (n) {
                    case 'b' -> '\b';
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 's' -> ' ';
                    case '\\' -> '\\';
                    default -> "\\" + n;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
