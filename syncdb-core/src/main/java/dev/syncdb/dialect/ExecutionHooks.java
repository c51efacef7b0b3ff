package dev.syncdb.dialect;

import dev.syncdb.plan.Plan;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What a dialect must do around the transaction that applies a plan (e.g. SQLite turns foreign-key
 * enforcement off before a table rebuild, checks the keys before commit and turns it on again after).
 */
public interface ExecutionHooks {

    /** Before the transaction starts (autocommit is still on). */
    default void beforeTransaction(Connection c, Plan plan) throws SQLException {
    }

    /** Inside the transaction, after the last statement, before commit; throw to roll back. */
    default void beforeCommit(Connection c, Plan plan) throws SQLException {
    }

    /** After commit or rollback (autocommit back on); always called once beforeTransaction ran. */
    default void afterTransaction(Connection c, Plan plan) throws SQLException {
    }
}
