package dev.syncdb.sqlite;

import dev.syncdb.sqlite.parse.SqlText;
import dev.syncdb.model.DataType;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQLite's declared column types: kept as declared (canonical spacing), with the base name and
 * any size arguments split out for the planner's type-change rules.
 */
final class SqliteTypes {
    private static final Pattern SIZED = Pattern.compile("(.*?)\\s*\\(\\s*([+-]?\\d+)\\s*(?:,\\s*([+-]?\\d+)\\s*)?\\)\\s*");

    private SqliteTypes() {
    }

    static DataType of(String declared) {
        String sql = declared == null ? "" : SqlText.canonical(declared);
        Matcher m = SIZED.matcher(sql);
        if (!m.matches()) {
            return new DataType(sql, sql, null, null, null, false);
        }
        String base = m.group(1);
        int first = Integer.parseInt(m.group(2));
        Integer second = m.group(3) == null ? null : Integer.parseInt(m.group(3));
        String lower = base.toLowerCase(Locale.ROOT);
        boolean numeric = lower.contains("dec") || lower.contains("num") || lower.contains("real")
                || lower.contains("double") || lower.contains("float");
        if (numeric) {
            return new DataType(sql, base, null, first, second, false);
        }
        return new DataType(sql, base, first, null, null, false);
    }

    /** Whether two declared types are the same declaration (SQLite type names are case-insensitive). */
    static boolean same(DataType a, DataType b) {
        return SqlText.canonical(a.sql()).equalsIgnoreCase(SqlText.canonical(b.sql()));
    }
}
