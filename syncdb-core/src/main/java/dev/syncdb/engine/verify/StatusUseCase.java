package dev.syncdb.engine.verify;

import dev.syncdb.dialect.DialectContext;
import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.session.Session;
import dev.syncdb.migrate.FlywayHistory;
import dev.syncdb.migrate.HistoryRow;
import dev.syncdb.migrate.HistoryStore;
import dev.syncdb.migrate.OtherToolHistory;
import dev.syncdb.migrate.Migration;
import dev.syncdb.migrate.MigrationDirectory;
import dev.syncdb.migrate.MigrationState;
import dev.syncdb.migrate.Version;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads where a database stands, changing nothing and taking no lock: connection and server
 * version, the tables of the managed namespace, the migration version and pending files (when a
 * migrations directory or a history table exists), and which required tables are present.
 */
public final class StatusUseCase {
    private final DialectContext context;

    /** A use case whose dialects work in the process's own environment. */
    public StatusUseCase() {
        this(DialectContext.system());
    }

    /** A use case whose dialects work in {@code context} (environment, user, warnings). */
    public StatusUseCase(DialectContext context) {
        this.context = context;
    }

    /** {@code migrationsDir} null = do not look at migrations. */
    public StatusResult run(DatabaseUrl url, String schemaName, Path migrationsDir, List<String> required) {
        try (Session s = Session.open(url, schemaName, false, context)) {
            return status(s, migrationsDir, required);
        }
    }

    /** The status on an open session (the wizard reuses its own). */
    static StatusResult status(Session s, Path migrationsDir, List<String> required) {
        Schema all = s.inspectAll();
        Schema current = Session.withoutHistories(all);
        List<String> tables = current.tables().stream().map(Table::name).sorted().toList();
        List<String> others = OtherToolHistory.describe(all.tables().stream().map(Table::name).toList());
        return new StatusResult(s.target(), s.dialect().name(), s.serverVersion(), s.schemaName(), tables,
                migrations(s, migrationsDir, all), RequiredTable.check(required, current), others);
    }

    private static StatusResult.Migrations migrations(Session s, Path dir, Schema all) {
        MigrationDirectory directory = dir == null ? null : new MigrationDirectory(dir);
        HistoryStore history = new HistoryStore(s.connection(), s.schemaName());
        boolean hasDir = directory != null && directory.exists();
        boolean hasHistory = history.exists();
        if (!hasDir && !hasHistory) {
            return null;
        }
        List<HistoryRow> rows;
        java.util.Set<Version> byFlyway;
        try {
            rows = hasHistory ? history.rows() : List.of();
            byFlyway = FlywayHistory.appliedVersions(s.connection(), s.schemaName(), s.dialect()::quoteIdentifier,
                    all.tables().stream().map(Table::name).toList());
        } catch (SQLException e) {
            throw SyncdbException.error("cannot read the migration history: " + Session.oneLine(e.getMessage()));
        }
        if (!hasDir && rows.stream().noneMatch(r -> Version.valid(r.version()))) {
            return null; // the table holds only apply runs' journal rows (MySQL keeps them there): no migrations
        }
        List<Migration> files = hasDir ? directory.migrations() : List.of();
        // files in Flyway's format that Flyway ran count as applied
        MigrationState state = new MigrationState(files, rows).withAppliedBy("flyway", byFlyway);
        String problem = null;
        try {
            state.validate(dir == null ? "migrations" : dir.toString(), false);
        } catch (SyncdbException e) {
            problem = e.getMessage();
        }
        String current = state.current().map(Version::text).orElse("base");
        List<String> pending = state.pending().stream().map(m -> m.up().fileName()).toList();
        String adopted = rows.stream().filter(r -> r.type().equals(HistoryRow.ADOPT)).reduce((a, b) -> b)
                .map(r -> r.description() + ", adopted " + r.installedOn().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                .orElse(null);
        return new StatusResult.Migrations(current, state.applied().size(), pending, hasDir, hasHistory, problem, adopted);
    }
}
