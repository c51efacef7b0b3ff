package dev.syncdb.engine.migrate;

import dev.syncdb.engine.session.Session;
import dev.syncdb.migrate.FlywayHistory;
import dev.syncdb.migrate.HistoryStore;
import dev.syncdb.migrate.MigrationDirectory;
import dev.syncdb.migrate.MigrationState;
import dev.syncdb.model.Table;

import java.sql.SQLException;

/**
 * Where the live database stands against a migrations directory for the commands that only read
 * (generate against the live database, {@code check}): the files syncdb's history marks applied,
 * plus those Flyway's history marks applied (files written with {@code --format flyway} and run by
 * Flyway).
 */
final class LiveMigrationState {
    private LiveMigrationState() {
    }

    static MigrationState read(Session s, MigrationDirectory directory) throws SQLException {
        MigrationState state = new MigrationState(directory.migrations(),
                new HistoryStore(s.connection(), s.schemaName(), s.dialect()::quoteIdentifier).rows());
        var tables = s.inspectAll().tables().stream().map(Table::name).toList();
        return state.withAppliedBy("flyway", FlywayHistory.appliedVersions(s.connection(), s.schemaName(),
                s.dialect()::quoteIdentifier, tables));
    }
}
