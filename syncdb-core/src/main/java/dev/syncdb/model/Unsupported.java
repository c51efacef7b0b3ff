package dev.syncdb.model;

/**
 * An object the inspector found but the model cannot represent yet (a trigger, a function, a
 * partitioned table, an exclusion constraint, ...). Reported to the user, never silently ignored.
 */
public record Unsupported(String kind, String name, String detail) {
}
