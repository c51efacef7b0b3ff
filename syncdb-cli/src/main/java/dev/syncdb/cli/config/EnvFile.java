package dev.syncdb.cli.config;

import dev.syncdb.SyncdbException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A dotenv file ({@code .env}): {@code KEY=value} lines with optional {@code export }, double
 * quotes (with {@code \n}, {@code \"} and {@code \\} escapes), single quotes (literal), and
 * {@code #} comments on their own line or after an unquoted value. Malformed lines are skipped.
 */
public final class EnvFile {
    private final Map<String, String> values;

    private EnvFile(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** Reads the file; a missing file is empty unless {@code required}, then a one-line error. */
    public static EnvFile load(Path file, boolean required) {
        if (!Files.isRegularFile(file)) {
            if (required) {
                throw SyncdbException.error("env file not found: " + file);
            }
            return new EnvFile(Map.of());
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw SyncdbException.error("cannot read env file " + file + ": " + e.getMessage());
        }
    }

    public static EnvFile parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.startsWith("export ") || line.startsWith("export\t")) {
                line = line.substring(7).strip();
            }
            int eq = line.indexOf('=');
            if (line.isEmpty() || line.startsWith("#") || eq <= 0) {
                continue;
            }
            String key = line.substring(0, eq).strip();
            if (key.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
                values.put(key, value(line.substring(eq + 1).strip()));
            }
        }
        return new EnvFile(values);
    }

    private static String value(String v) {
        if (v.startsWith("\"")) {
            return doubleQuoted(v);
        }
        if (v.startsWith("'")) {
            int end = v.indexOf('\'', 1);
            return end < 0 ? v.substring(1) : v.substring(1, end);
        }
        int comment = v.indexOf(" #");
        int tab = v.indexOf("\t#");
        int cut = comment < 0 ? tab : (tab < 0 ? comment : Math.min(comment, tab));
        return (cut < 0 ? v : v.substring(0, cut)).strip();
    }

    private static String doubleQuoted(String v) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"') {
                break;
            }
            if (c == '\\' && i + 1 < v.length()) {
                char n = v.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The value of a key; blank values count as absent. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }
}
