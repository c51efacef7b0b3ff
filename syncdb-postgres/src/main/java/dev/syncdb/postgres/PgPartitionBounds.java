package dev.syncdb.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A partition bound as a SQL condition on the partition key, for the preflight of ATTACH PARTITION:
 * from a partition key as {@code pg_get_partkeydef} prints it ({@code RANGE (created_at)},
 * {@code LIST (lower(region))}, {@code HASH (id)}) and a bound as {@code pg_get_expr(relpartbound)}
 * prints it ({@code FOR VALUES FROM ('2024-01-01') TO ('2024-02-01')}, {@code FOR VALUES IN ('US',
 * NULL)}, {@code FOR VALUES WITH (modulus 4, remainder 1)}). A DEFAULT bound, MINVALUE/MAXVALUE in a
 * multi-column range and key columns with an operator class have no condition here (null).
 */
final class PgPartitionBounds {

    private PgPartitionBounds() {
    }

    /**
     * The condition a row of a table partitioned by {@code key} must meet to belong to {@code bound},
     * or null when it cannot be written; {@code parent} names the partitioned table (for HASH).
     */
    static String inside(String key, String bound, String parent) {
        int open = key.indexOf('(');
        if (open < 0 || !key.endsWith(")")) {
            return null;
        }
        String strategy = key.substring(0, open).strip().toUpperCase(Locale.ROOT);
        List<String> columns = split(key.substring(open + 1, key.length() - 1));
        if (columns.stream().anyMatch(PgPartitionBounds::hasOpclass)) {
            return null;
        }
        String b = bound.strip();
        return switch (strategy) {
            case "RANGE" -> range(columns, b);
            case "LIST" -> list(columns, b);
            case "HASH" -> hash(columns, b, parent);
            default -> null;
        };
    }

    private static String range(List<String> columns, String bound) {
        String upper = bound.toUpperCase(Locale.ROOT);
        int from = upper.indexOf("FROM (");
        int to = upper.lastIndexOf(") TO (");
        if (!upper.startsWith("FOR VALUES FROM (") || to < 0 || !bound.endsWith(")")) {
            return null;
        }
        List<String> lo = split(bound.substring(from + "FROM (".length(), to));
        List<String> hi = split(bound.substring(to + ") TO (".length(), bound.length() - 1));
        List<String> notNull = columns.stream().map(c -> "(" + c + ") IS NOT NULL").toList();
        if (columns.size() == 1) {
            List<String> parts = new ArrayList<>(notNull);
            if (!lo.get(0).equalsIgnoreCase("MINVALUE")) {
                parts.add("(" + columns.get(0) + ") >= " + lo.get(0));
            }
            if (!hi.get(0).equalsIgnoreCase("MAXVALUE")) {
                parts.add("(" + columns.get(0) + ") < " + hi.get(0));
            }
            return String.join(" AND ", parts);
        }
        if (lo.size() != columns.size() || hi.size() != columns.size()
                || lo.stream().anyMatch(PgPartitionBounds::unbounded) || hi.stream().anyMatch(PgPartitionBounds::unbounded)) {
            return null;
        }
        String row = "ROW(" + String.join(", ", columns.stream().map(c -> "(" + c + ")").toList()) + ")";
        return String.join(" AND ", notNull) + " AND " + row + " >= ROW(" + String.join(", ", lo) + ") AND "
                + row + " < ROW(" + String.join(", ", hi) + ")";
    }

    private static String list(List<String> columns, String bound) {
        String upper = bound.toUpperCase(Locale.ROOT);
        if (columns.size() != 1 || !upper.startsWith("FOR VALUES IN (") || !bound.endsWith(")")) {
            return null;
        }
        String column = "(" + columns.get(0) + ")";
        List<String> values = split(bound.substring("FOR VALUES IN (".length(), bound.length() - 1));
        List<String> kept = values.stream().filter(v -> !v.equalsIgnoreCase("NULL")).toList();
        String in = kept.isEmpty() ? "false" : column + " IN (" + String.join(", ", kept) + ")";
        return kept.size() < values.size() ? "(" + column + " IS NULL OR " + in + ")" : in;
    }

    private static String hash(List<String> columns, String bound, String parent) {
        String upper = bound.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("FOR VALUES WITH (") || !bound.endsWith(")")) {
            return null;
        }
        List<String> parts = split(bound.substring("FOR VALUES WITH (".length(), bound.length() - 1));
        String modulus = null;
        String remainder = null;
        for (String p : parts) {
            String[] kv = p.strip().split("\\s+");
            if (kv.length == 2 && kv[0].equalsIgnoreCase("modulus")) {
                modulus = kv[1];
            } else if (kv.length == 2 && kv[0].equalsIgnoreCase("remainder")) {
                remainder = kv[1];
            }
        }
        if (modulus == null || remainder == null) {
            return null;
        }
        return "satisfies_hash_partition(" + PostgresQuote.literal(PostgresQuote.ident(parent)) + "::regclass, "
                + modulus + ", " + remainder + ", " + String.join(", ", columns) + ")";
    }

    private static boolean unbounded(String v) {
        return v.equalsIgnoreCase("MINVALUE") || v.equalsIgnoreCase("MAXVALUE");
    }

    /** Whether a printed key column carries an operator class or collation after its expression. */
    private static boolean hasOpclass(String column) {
        String c = column.strip();
        if (c.startsWith("(") && c.endsWith(")")) {
            return false;
        }
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && ch == '(') {
                depth++;
            } else if (!quoted && ch == ')') {
                depth--;
            } else if (!quoted && depth == 0 && ch == ' ') {
                return true;
            }
        }
        return false;
    }

    /** Splits at top-level commas, outside quotes and parentheses, each part stripped. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                out.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(text.substring(start).strip());
        return out;
    }
}
