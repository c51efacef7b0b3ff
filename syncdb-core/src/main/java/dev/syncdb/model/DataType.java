package dev.syncdb.model;

/**
 * A column's data type, as the database itself prints it ({@code sql}), plus the parts a planner
 * needs to judge a change: the base type name, length, numeric precision/scale and array-ness.
 * Two types are the same when their {@code sql} texts are equal; the parts are informative.
 */
public record DataType(String sql, String base, Integer length, Integer precision, Integer scale, boolean array) {

    /** A type known only by its text. */
    public static DataType of(String sql) {
        return new DataType(sql, sql, null, null, null, false);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataType other && sql.equals(other.sql);
    }

    @Override
    public int hashCode() {
        return sql.hashCode();
    }

    @Override
    public String toString() {
        return sql;
    }
}
