package dev.syncdb.model;

/**
 * An exclusion constraint: no two rows may match on all of its elements under their operators
 * (e.g. the same room and overlapping time ranges). {@code definition} is the whole constraint
 * clause as the database prints it (index method, elements with operators, INCLUDE, predicate,
 * deferrability), compared as text: both sides are printed by the same database.
 */
public record ExclusionConstraint(String name, String definition) {
}
