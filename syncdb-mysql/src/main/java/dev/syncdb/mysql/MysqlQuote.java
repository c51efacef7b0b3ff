package dev.syncdb.mysql;

/** MySQL quoting: identifiers in backticks, string literals in single quotes with backslashes escaped. */
final class MysqlQuote {

    private MysqlQuote() {
    }

    /** An identifier in backticks, inner backticks doubled. */
    static String ident(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    /** A string literal (NULL for null), for the default SQL mode where backslash escapes. */
    static String literal(String text) {
        if (text == null) {
            return "NULL";
        }
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
