package dev.syncdb.plan;

/**
 * One SQL statement of a plan. {@code transactional} is false for statements the database refuses
 * inside a transaction block; executors run those outside the plan's transaction.
 */
public record Statement(String sql, boolean transactional) {

    public static Statement of(String sql) {
        return new Statement(sql, true);
    }
}
