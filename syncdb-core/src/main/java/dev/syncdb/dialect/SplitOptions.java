package dev.syncdb.dialect;

/**
 * What a dialect's SQL text may contain that affects where statements end: PostgreSQL
 * {@code $tag$} quoting, SQLite/MySQL trigger bodies between BEGIN and END (and PostgreSQL's
 * SQL-standard routine bodies between BEGIN ATOMIC and END), backslash escapes in
 * strings (MySQL), and psql meta-command lines starting with a backslash (dropped).
 */
public record SplitOptions(boolean dollarQuotes, boolean beginEndBlocks, boolean backslashEscapes,
                           boolean dropBackslashLines) {
}
