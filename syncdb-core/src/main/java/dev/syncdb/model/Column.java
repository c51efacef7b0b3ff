package dev.syncdb.model;

/**
 * A table column. {@code defaultExpr}, {@code identity}, {@code generated}, {@code collation} and
 * {@code comment} are null when absent. {@code collation} is null when it is the type's default.
 */
public record Column(String name, DataType type, boolean nullable, String defaultExpr,
                     Identity identity, Generated generated, String collation, String comment) {

    /** A plain nullable column of the given type. */
    public static Column of(String name, String type) {
        return new Column(name, DataType.of(type), true, null, null, null, null, null);
    }

    public Column withType(DataType t) {
        return new Column(name, t, nullable, defaultExpr, identity, generated, collation, comment);
    }

    public Column withNullable(boolean n) {
        return new Column(name, type, n, defaultExpr, identity, generated, collation, comment);
    }

    public Column withDefault(String d) {
        return new Column(name, type, nullable, d, identity, generated, collation, comment);
    }

    public Column withIdentity(Identity i) {
        return new Column(name, type, nullable, defaultExpr, i, generated, collation, comment);
    }

    public Column withGenerated(Generated g) {
        return new Column(name, type, nullable, defaultExpr, identity, g, collation, comment);
    }

    public Column withCollation(String c) {
        return new Column(name, type, nullable, defaultExpr, identity, generated, c, comment);
    }

    public Column withComment(String c) {
        return new Column(name, type, nullable, defaultExpr, identity, generated, collation, c);
    }

    public Column withName(String n) {
        return new Column(n, type, nullable, defaultExpr, identity, generated, collation, comment);
    }
}
