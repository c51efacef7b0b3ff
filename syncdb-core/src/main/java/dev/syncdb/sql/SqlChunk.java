package dev.syncdb.sql;

/** One statement cut out of a script, with the 1-based line it starts on (for error messages). */
public record SqlChunk(String sql, int line) {
}
