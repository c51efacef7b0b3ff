package dev.syncdb.diff;

/** How a column type change treats existing values. */
public enum TypeChangeKind {
    /** Every old value fits the new type unchanged (varchar(100) -> varchar(255), int -> bigint). */
    WIDENING,
    /** Some old values may not fit (varchar(255) -> varchar(50), bigint -> int): data can be lost. */
    NARROWING,
    /** A conversion between unrelated types (text -> timestamp): depends on the data. */
    CAST
}
