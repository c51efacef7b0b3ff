package dev.syncdb.model;

/**
 * A column whose values the database generates: SQL identity (ALWAYS / BY DEFAULT) or a
 * dialect's auto-increment flag. Sequence options are kept when the database exposes them
 * (null = unknown or not applicable).
 */
public record Identity(Generation generation, Long start, Long increment, Long minValue, Long maxValue) {

    /** How the value is generated. */
    public enum Generation { ALWAYS, BY_DEFAULT, AUTOINCREMENT }

    public Identity(Generation generation, Long start, Long increment) {
        this(generation, start, increment, null, null);
    }

    public static Identity of(Generation generation) {
        return new Identity(generation, null, null);
    }
}
