package dev.syncdb.model;

/** A generated (computed) column: its expression and whether the value is stored. */
public record Generated(String expression, boolean stored) {
}
