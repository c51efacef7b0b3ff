package dev.syncdb.model;

/**
 * A sequence generator. {@code ownedByTable}/{@code ownedByColumn} name the column that owns it
 * (a serial column), or are null. Sequences that back identity columns are not listed: they belong
 * to the column.
 */
public record Sequence(String name, String dataType, long start, long increment, long minValue, long maxValue,
                       long cache, boolean cycle, String ownedByTable, String ownedByColumn) {
}
