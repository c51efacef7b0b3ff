package dev.syncdb.diagram;

import java.util.List;

/**
 * A foreign key drawn as a relationship from the referencing table ({@code from}) to the referenced
 * one ({@code to}). Its cardinality comes from the key's columns: {@code optional} when one of them
 * may be null (a row may reference nothing), {@code oneToOne} when they are unique in {@code from}
 * (primary key or unique key over exactly those columns), so at most one row references a parent row.
 */
public record Relationship(String name, String from, List<String> fromColumns, String to, List<String> toColumns,
                           boolean optional, boolean oneToOne, Mark mark) {
    public Relationship {
        fromColumns = List.copyOf(fromColumns);
        toColumns = List.copyOf(toColumns);
    }
}
