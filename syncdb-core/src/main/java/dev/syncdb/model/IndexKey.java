package dev.syncdb.model;

/**
 * One key of an index: a column name or an expression (as the database prints it), with its
 * ordering, NULLS placement (null = the default for that ordering), operator class and collation
 * (null = default).
 */
public record IndexKey(String expression, boolean isExpression, boolean descending, Boolean nullsFirst,
                       String opclass, String collation) {

    public static IndexKey column(String name) {
        return new IndexKey(name, false, false, null, null, null);
    }
}
