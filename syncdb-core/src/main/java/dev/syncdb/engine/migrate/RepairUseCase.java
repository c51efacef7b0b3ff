package dev.syncdb.engine.migrate;

import dev.syncdb.SyncdbException;
import dev.syncdb.engine.session.Session;
import dev.syncdb.migrate.HistoryRow;
import dev.syncdb.migrate.Migration;
import dev.syncdb.migrate.MigrationState;
import dev.syncdb.migrate.Version;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Accepts the current migration files after a deliberate edit: the history's checksum of every
 * applied file that changed is set to the file's checksum now. Also resolves runs that died midway
 * (see {@code JournaledRun}): the schema statement that was running is marked done, after the user
 * checked that its change is there, so the next run resumes after it. Runs no script.
 */
public final class RepairUseCase {

    /** One accepted edit: the file and its checksum before and after. */
    public record Repaired(String file, String oldChecksum, String newChecksum) {
    }

    /** One resolved interrupted run: the file, the statement's number and text. */
    public record Resolved(String file, int statement, String sql) {
    }

    /** What repair changed. */
    public record Result(List<Repaired> repaired, List<Resolved> resolved) {
    }

    public Result run(MigrationRequest request) {
        try (MigrationSession ms = MigrationSession.open(request, false)) {
            ms.lock();
            MigrationState state = ms.state();
            List<Repaired> out = new ArrayList<>();
            try {
                for (Map.Entry<Version, HistoryRow> e : state.applied().entrySet()) {
                    Migration m = state.file(e.getKey()).orElse(null);
                    String now = m == null ? null : m.up().checksum().hex();
                    if (now != null && !now.equals(e.getValue().checksum())) {
                        ms.history().updateChecksum(e.getKey().text(), HistoryRow.UP, now);
                        ms.history().updateChecksum(e.getKey().text(), HistoryRow.STAMP, now);
                        out.add(new Repaired(m.up().fileName(), e.getValue().checksum(), now));
                    }
                }
                return new Result(out, resolve(ms, state));
            } catch (SQLException e) {
                throw SyncdbException.error("cannot update " + dev.syncdb.migrate.HistoryStore.TABLE + ": "
                        + Session.oneLine(e.getMessage()));
            }
        }
    }

    private static List<Resolved> resolve(MigrationSession ms, MigrationState state) throws SQLException {
        List<Resolved> out = new ArrayList<>();
        for (Migration m : state.files()) {
            for (String type : List.of(HistoryRow.UP, HistoryRow.DOWN)) {
                var row = ms.history().unfinished(m.version().text(), type);
                if (row.isPresent()) {
                    var sql = ms.history().markRunningDone(row.get());
                    if (sql.isPresent()) {
                        out.add(new Resolved(row.get().script(), row.get().statementsRun() + 1, sql.get()));
                    }
                }
            }
        }
        return out;
    }
}
