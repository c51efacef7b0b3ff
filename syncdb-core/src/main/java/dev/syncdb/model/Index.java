package dev.syncdb.model;

import java.util.List;

/**
 * An index that is not the backing index of a PRIMARY KEY or UNIQUE constraint: name, uniqueness,
 * access method (null = default), keys, INCLUDE columns and partial-index predicate (null = none).
 * {@code definition} is the database's own full text when it has one, used for display only.
 */
public record Index(String name, boolean unique, String method, List<IndexKey> keys, List<String> include,
                    String predicate, boolean nullsNotDistinct, String definition) {
    public Index {
        keys = List.copyOf(keys);
        include = List.copyOf(include);
    }

    /** Whether the two indexes build the same structure (everything but the name and display text). */
    public boolean sameShape(Index o) {
        return unique == o.unique && java.util.Objects.equals(method, o.method) && keys.equals(o.keys)
                && include.equals(o.include) && java.util.Objects.equals(predicate, o.predicate)
                && nullsNotDistinct == o.nullsNotDistinct;
    }
}
