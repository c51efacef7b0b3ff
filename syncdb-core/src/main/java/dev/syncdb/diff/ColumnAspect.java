package dev.syncdb.diff;

/** The aspects of a column that an {@link SchemaChange.AlterColumn} can change. */
public enum ColumnAspect { TYPE, NULLABLE, DEFAULT, IDENTITY, GENERATED, COLLATION }
