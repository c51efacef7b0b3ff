package dev.syncdb.plan;

/**
 * One SQL statement of a plan. {@code transactional} is false for statements the database refuses
 * inside a transaction block; executors run those outside the plan's transaction. {@code lock} says
 * what the statement locks when the plan was made for a live table ({@code --online}); null otherwise.
 */
public record Statement(String sql, boolean transactional, LockNote lock) {

    public Statement(String sql, boolean transactional) {
        this(sql, transactional, null);
    }

    public static Statement of(String sql) {
        return new Statement(sql, true);
    }

    /** The same statement with its lock described. */
    public Statement withLock(LockNote note) {
        return new Statement(sql, transactional, note);
    }
}
