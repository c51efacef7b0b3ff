package dev.syncdb.dialect;

/**
 * The part of a dialect that shapes how changes are applied on the target: whether DDL is
 * transactional, and what must happen around the transaction that applies a plan or a script.
 */
public interface StatementExecution {

    /**
     * Whether schema changes (DDL) can run inside a transaction and be rolled back with it. When not
     * (MySQL, MariaDB: each DDL statement commits on its own), a plan is applied statement by statement
     * and a failure reports which steps were applied and remain.
     */
    default boolean transactionalDdl() {
        return true;
    }

    /**
     * What must happen around the transaction that applies a plan or a migration script (SQLite:
     * foreign keys off, checked before commit); one new instance per transaction.
     */
    default ExecutionHooks executionHooks(HookScope scope) {
        return new ExecutionHooks() {
        };
    }
}
