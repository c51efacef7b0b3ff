package dev.syncdb.dialect;

/**
 * How a long SQL script (a desired schema) is best run on one server: how many statements to commit
 * per transaction (0 = all in one; a dialect with a bounded lock table keeps it well below that
 * bound) and how many to send per round trip to the server (1 = one at a time).
 */
public record ScriptBatching(int statementsPerTransaction, int statementsPerRoundTrip) {

    /** Every statement in one transaction, one statement per round trip. */
    public static final ScriptBatching ONE_TRANSACTION = new ScriptBatching(0, 1);

    public ScriptBatching {
        if (statementsPerTransaction < 0 || statementsPerRoundTrip < 1) {
            throw new IllegalArgumentException("statements per transaction >= 0 and per round trip >= 1");
        }
    }
}
