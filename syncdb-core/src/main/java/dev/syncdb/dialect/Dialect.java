package dev.syncdb.dialect;

import java.util.Map;

/**
 * One database product syncdb supports: the sum of its capabilities, each a small interface —
 * reaching and naming ({@link DatabaseAccess}), reading, comparing and writing SQL
 * ({@link SchemaComparison}), running scripts in a scratch place ({@link Materialization}), applying
 * changes ({@link StatementExecution}), backups ({@link Backups}), the migration lock
 * ({@link MigrationLocking}), live-data checks ({@link DataPreflight}); changes to live tables are one object it returns
 * ({@link #online()}). Implementations are
 * registered with {@code META-INF/services/dev.syncdb.dialect.Dialect}; code that needs one
 * capability should ask for that interface only.
 */
public interface Dialect extends DatabaseAccess, SchemaComparison, Materialization, StatementExecution, Backups,
        MigrationLocking, DataPreflight {

    /**
     * This dialect working in {@code context}: its environment, user name and warning sink. A dialect
     * found by the service loader starts with {@link DialectContext#system()}.
     */
    Dialect withContext(DialectContext context);

    /** How this database changes live tables (lock timeouts, row estimates, lock holders); none by default. */
    default OnlineDdl online() {
        return OnlineDdl.NONE;
    }

    /**
     * Settings other tools need to work with this database, keyed by each tool's own setting name
     * (e.g. an ORM's dialect setting), so integrations look them up instead of switching on dialect
     * names. Empty by default.
     */
    default Map<String, String> toolSettings() {
        return Map.of();
    }
}
