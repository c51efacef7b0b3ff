package dev.syncdb.diagram;

/** What a change does to a table, column or relationship of a diagram; {@code SAME} when nothing. */
public enum Mark {
    SAME("unchanged", ""),
    ADDED("added", "+"),
    ALTERED("altered", "~"),
    DROPPED("dropped", "-");

    private final String word;
    private final String symbol;

    Mark(String word, String symbol) {
        this.word = word;
        this.symbol = symbol;
    }

    /** The mark as a word for legends and notes ("added"). */
    public String word() {
        return word;
    }

    /** The one-character prefix text renderers put before a marked name ("+", "~", "-"; empty when unchanged). */
    public String symbol() {
        return symbol;
    }
}
