package dev.syncdb.model;

/**
 * One key of an index: a column name or an expression (as the database prints it), with its
 * ordering, NULLS placement (null = the default for that ordering), operator class and collation
 * (null = default), and the length of the indexed prefix of the value ({@code length}, null = the
 * whole value; databases that index column prefixes, e.g. {@code name(10)}).
 */
public record IndexKey(String expression, boolean isExpression, boolean descending, Boolean nullsFirst,
                       String opclass, String collation, Integer length) {

    /** A key over the whole value. */
    public IndexKey(String expression, boolean isExpression, boolean descending, Boolean nullsFirst,
                    String opclass, String collation) {
        this(expression, isExpression, descending, nullsFirst, opclass, collation, null);
    }

    public static IndexKey column(String name) {
        return new IndexKey(name, false, false, null, null, null);
    }
}
