package dev.syncdb.sqlite;

/**
 * SQLite quoting of identifiers and string literals, the one place this dialect spells them:
 * identifiers always in double quotes, literals in single quotes, inner quotes doubled.
 */
final class SqliteQuote {

    private SqliteQuote() {
    }

    /** The identifier in double quotes, with inner quotes doubled. */
    static String ident(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** A string literal in single quotes, with inner quotes doubled. */
    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
