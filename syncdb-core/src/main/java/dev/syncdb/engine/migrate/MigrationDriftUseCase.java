package dev.syncdb.engine.migrate;

import dev.syncdb.SyncdbException;
import dev.syncdb.diff.Differ;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.engine.session.Session;
import dev.syncdb.migrate.HistoryStore;
import dev.syncdb.migrate.MigrationDirectory;
import dev.syncdb.migrate.MigrationState;
import dev.syncdb.model.Schema;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * The migration side of {@code check}: changes of the desired schema that no migration captures
 * yet (all migrations replayed vs desired), and drift of the database from what its applied
 * migrations say (applied migrations replayed vs the live database).
 */
public final class MigrationDriftUseCase {

    /** What the check found: uncaptured changes, drift, and how many files are not applied. */
    public record Result(List<SchemaChange> uncaptured, List<SchemaChange> drift, int pending) {
        public boolean clean() {
            return uncaptured.isEmpty() && drift.isEmpty();
        }
    }

    public Result run(SyncRequest request, Path dir) {
        MigrationDirectory directory = new MigrationDirectory(dir);
        try (Session s = Session.open(request.target(), request.schemaName(), false, request.context())) {
            MigrationState state = LiveMigrationState.read(s, directory);
            Differ differ = new Differ(s.dialect().diffHooks());
            MigrationReplay replay = new MigrationReplay(s, null);
            Schema all = replay.replay(state.files());
            List<SchemaChange> uncaptured = differ.diff(all, request.desired().load(s, request.timings()), request.diffOptions());
            Schema applied = state.pending().isEmpty() ? all : replay.replay(state.appliedMigrations());
            List<SchemaChange> drift = differ.diff(applied, s.inspect());
            return new Result(uncaptured, drift, state.pending().size());
        } catch (SQLException e) {
            throw SyncdbException.error("cannot read " + HistoryStore.TABLE + ": " + Session.oneLine(e.getMessage()));
        }
    }
}
