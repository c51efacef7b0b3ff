package dev.syncdb.dialect;

import dev.syncdb.diff.DiffHooks;
import dev.syncdb.plan.Renderer;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One database product syncdb supports: how to connect to it, read it, compare it, write SQL for
 * it, and materialize a desired schema on it. Implementations are registered with
 * {@code META-INF/services/dev.syncdb.dialect.Dialect}.
 */
public interface Dialect {

    /** The dialect's name as users see it ("postgresql", "sqlite"). */
    String name();

    /** Whether this dialect serves URLs with this scheme. */
    boolean accepts(DatabaseUrl url);

    /** Opens a connection (autocommit on). Fails within a bounded time when the server does not answer. */
    Connection connect(DatabaseUrl url) throws SQLException;

    /** Whether the database behind the URL exists already (a file database may not). */
    default boolean exists(DatabaseUrl url) {
        return true;
    }

    /** The namespace managed when the user names none ("public", the URL's database, "main"). */
    String defaultSchemaName(DatabaseUrl url);

    /** The server's product and version for display, e.g. "PostgreSQL 17.6". */
    String serverVersion(Connection connection) throws SQLException;

    Inspector inspector();

    DiffHooks diffHooks();

    Renderer renderer();

    SplitOptions splitOptions();

    /** Makes a scratch place for the desired schema, next to the target or where options say. */
    Scratch openScratch(DatabaseUrl target, ScratchOptions options) throws SQLException;

    /** How this dialect writes and restores full backups; dialects without one fail with a clear error. */
    default BackupProvider backupProvider() {
        throw dev.syncdb.SyncdbException.error("backups are not supported for " + name() + " databases yet");
    }

    default ExecutionHooks executionHooks() {
        return new ExecutionHooks() {
        };
    }

    /**
     * The read-only live-data checks run before risky steps, for the server behind {@code connection}
     * (a check may depend on its version). By default portable SQL with double-quoted identifiers.
     */
    default dev.syncdb.plan.PreflightQueries preflightQueries(Connection connection) throws SQLException {
        return new dev.syncdb.plan.StandardPreflightQueries() {
            @Override
            protected String quote(String identifier) {
                return "\"" + identifier.replace("\"", "\"\"") + "\"";
            }
        };
    }

    /**
     * Whether schema changes (DDL) can run inside a transaction and be rolled back with it. When not
     * (MySQL, MariaDB: each DDL statement commits on its own), a plan is applied statement by statement
     * and a failure reports which steps were applied and remain.
     */
    default boolean transactionalDdl() {
        return true;
    }

    /** An identifier quoted for this database's SQL (by default the standard double quotes). */
    default String quoteIdentifier(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /**
     * Whether the database refuses to run this statement of a user's script inside a transaction
     * block (e.g. PostgreSQL's CREATE INDEX CONCURRENTLY); such statements run on their own.
     */
    default boolean refusedInTransaction(String sql) {
        return false;
    }

    /**
     * How many statements to run per transaction when materializing a large schema in a scratch
     * place; 0 = all in one.
     */
    default int scratchBatchSize() {
        return 0;
    }

    /**
     * How to run a long script (a desired schema) fast on the server behind {@code connection}: the
     * statements per transaction, sized to what one transaction may hold, and per round trip. By
     * default {@link #scratchBatchSize()} statements per transaction, one per round trip.
     */
    default ScriptBatching scriptBatching(Connection connection) throws SQLException {
        return new ScriptBatching(scratchBatchSize(), 1);
    }

    /**
     * What to tell the user when a statement failed because of a server limit rather than the SQL
     * itself (PostgreSQL: a transaction that needs more locks than the lock table holds): the
     * setting to raise, or another way around it. Empty when the error says enough on its own.
     */
    default java.util.Optional<String> limitAdvice(SQLException error) {
        return java.util.Optional.empty();
    }

    /**
     * The migration lock of the database behind {@code url}, taken through {@code connection} where
     * the lock lives in the database session (the lock is released when the connection closes).
     */
    default MigrationLock migrationLock(DatabaseUrl url, Connection connection) {
        throw new UnsupportedOperationException(name() + " has no migration lock");
    }

    /**
     * What must happen around the transaction of a hand-written or generated migration script, where
     * no plan says what the script does (SQLite: foreign keys off, checked before commit).
     */
    default ExecutionHooks scriptHooks() {
        return new ExecutionHooks() {
        };
    }
}
