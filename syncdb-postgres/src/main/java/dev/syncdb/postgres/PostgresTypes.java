package dev.syncdb.postgres;

import dev.syncdb.model.DataType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL {@code format_type} text taken apart: the type name without its modifiers, the
 * modifiers (length, precision and scale, or fractional seconds) and whether it is an array.
 * "timestamp(3) with time zone" is base "timestamp with time zone", modifiers [3].
 */
record PostgresTypes(String base, List<Integer> modifiers, boolean array) {

    private static final Pattern MODIFIERS = Pattern.compile("\\(([0-9, ]+)\\)");

    /** Types whose modifier can grow (or be dropped) without rewriting the table. */
    private static final Set<String> GROWABLE = Set.of("character varying", "numeric",
            "timestamp without time zone", "timestamp with time zone", "time without time zone",
            "interval", "bit varying");

    private static final Set<String> VARCHAR_TEXT = Set.of("character varying", "text");

    PostgresTypes {
        modifiers = List.copyOf(modifiers);
    }

    static PostgresTypes parse(DataType type) {
        String sql = type.sql().trim();
        boolean array = sql.endsWith("[]");
        while (sql.endsWith("[]")) {
            sql = sql.substring(0, sql.length() - 2);
        }
        List<Integer> mods = new ArrayList<>();
        Matcher m = MODIFIERS.matcher(sql);
        if (m.find()) {
            for (String part : m.group(1).split(",")) {
                mods.add(Integer.parseInt(part.trim()));
            }
            sql = (sql.substring(0, m.start()) + sql.substring(m.end())).trim();
        }
        return new PostgresTypes(sql, mods, array);
    }

    /**
     * Whether changing a column from one type to another makes PostgreSQL rewrite the table. It does
     * not for varchar(n) to varchar(m >= n), varchar or text; varchar and text to each other;
     * numeric(p,s) to numeric(p' >= p, s) or numeric; a longer or unlimited time precision.
     */
    static boolean rewrites(DataType from, DataType to) {
        if (from.sql().equals(to.sql())) {
            return false;
        }
        PostgresTypes a = parse(from);
        PostgresTypes b = parse(to);
        if (a.array != b.array) {
            return true;
        }
        if (VARCHAR_TEXT.contains(a.base) && VARCHAR_TEXT.contains(b.base)) {
            return !b.modifiers.isEmpty() && (a.modifiers.isEmpty() || b.modifiers.get(0) < a.modifiers.get(0));
        }
        if (!a.base.equals(b.base) || !GROWABLE.contains(a.base)) {
            return true;
        }
        if (b.modifiers.isEmpty()) {
            return false;
        }
        if (a.modifiers.isEmpty() || b.modifiers.get(0) < a.modifiers.get(0)) {
            return true;
        }
        return a.base.equals("numeric") && !scale(a).equals(scale(b));
    }

    private static Integer scale(PostgresTypes t) {
        return t.modifiers.size() > 1 ? t.modifiers.get(1) : 0;
    }
}
