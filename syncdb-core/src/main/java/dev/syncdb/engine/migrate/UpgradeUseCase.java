package dev.syncdb.engine.migrate;

import dev.syncdb.SyncdbException;
import dev.syncdb.engine.backup.Backup;
import dev.syncdb.migrate.HistoryRow;
import dev.syncdb.migrate.Migration;
import dev.syncdb.migrate.MigrationDirectory;
import dev.syncdb.migrate.MigrationState;
import dev.syncdb.migrate.Version;

import java.util.List;

/**
 * Runs pending migrations forward up to {@code head} or a version, each in its own transaction,
 * under the migration lock, after checking the files against the history (checksums, missing
 * files, out-of-order files), and after the backup the options ask for.
 */
public final class UpgradeUseCase {

    /**
     * {@code target}: "head" or a version; {@code dryRun}: return the SQL instead of running it;
     * {@code backup}: taken before the first pending file runs (null = none).
     */
    public record Options(String target, boolean dryRun, boolean outOfOrder, Backup backup) {
        public Options(String target, boolean dryRun, boolean outOfOrder) {
            this(target, dryRun, outOfOrder, null);
        }
    }

    public MigrationRunResult run(MigrationRequest request, Options options) {
        if (!new MigrationDirectory(request.dir()).exists()) {
            throw SyncdbException.error("migrations directory not found: " + request.dir()
                    + " (write the first migration with migrate generate, or name the directory with --migrations)");
        }
        try (MigrationSession ms = MigrationSession.open(request, true)) { // a dry run on a new file leaves no file
            if (!options.dryRun()) {
                ms.lock();
            }
            MigrationState state = ms.state();
            state.validate(ms.dirLabel(), options.outOfOrder());
            List<Migration> todo = selected(state, options.target(), ms.dirLabel());
            String from = state.current().map(Version::text).orElse("base");
            String to = todo.isEmpty() ? from : todo.get(todo.size() - 1).version().text();
            String target = ms.session().target();
            if (options.dryRun()) {
                DryRunScript sql = new DryRunScript("upgrade", target, ms.history());
                todo.forEach(m -> sql.script(m.up(), HistoryRow.UP));
                return new MigrationRunResult(target, from, to, List.of(), sql.text());
            }
            if (!todo.isEmpty() && options.backup() != null) {
                options.backup().take(ms.session());
            }
            List<HistoryRow> ran = ms.run(todo.stream().map(Migration::up).toList(), HistoryRow.UP, "Upgrading");
            return new MigrationRunResult(target, from, to, ran, null);
        }
    }

    private static List<Migration> selected(MigrationState state, String target, String dir) {
        if (target == null || target.equals("head")) {
            return state.pending();
        }
        if (!Version.valid(target)) {
            throw SyncdbException.error("not a version: '" + target + "' (use head or a version from " + dir + ")");
        }
        Version v = new Version(target);
        if (state.file(v).isEmpty()) {
            throw SyncdbException.error("no migration " + v + " in " + dir + " (see `syncdb history` and the files there)");
        }
        return state.pending().stream().filter(m -> m.version().compareTo(v) <= 0).toList();
    }
}
