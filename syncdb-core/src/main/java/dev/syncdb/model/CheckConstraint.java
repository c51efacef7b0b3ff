package dev.syncdb.model;

/** A CHECK constraint: its name and boolean expression as the database prints it. */
public record CheckConstraint(String name, String expression) {
}
