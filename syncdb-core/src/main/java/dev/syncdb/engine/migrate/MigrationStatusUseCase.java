package dev.syncdb.engine.migrate;

import dev.syncdb.SyncdbException;
import dev.syncdb.engine.session.Session;
import dev.syncdb.migrate.HistoryRow;
import dev.syncdb.migrate.MigrationState;
import dev.syncdb.migrate.Version;

/**
 * Reads where the database stands (for {@code current} and {@code history}), changing nothing and
 * taking no lock; a disagreement between files and history is reported, not thrown.
 */
public final class MigrationStatusUseCase {

    public MigrationStatus run(MigrationRequest request) {
        try (MigrationSession ms = MigrationSession.open(request, false)) {
            MigrationState state = ms.state();
            String problem = null;
            try {
                state.validate(ms.dirLabel(), false);
            } catch (SyncdbException e) {
                problem = e.getMessage();
            }
            Version cur = state.current().orElse(null);
            HistoryRow row = cur == null ? null : state.applied().get(cur);
            java.util.List<HistoryRow> rows;
            try {
                rows = ms.history().rows();
            } catch (java.sql.SQLException e) {
                throw SyncdbException.error("cannot read " + dev.syncdb.migrate.HistoryStore.TABLE + ": "
                        + Session.oneLine(e.getMessage()));
            }
            return new MigrationStatus(ms.session().target(), cur == null ? "base" : cur.text(), row,
                    state.applied().size(), state.pending(), rows, problem);
        }
    }
}
