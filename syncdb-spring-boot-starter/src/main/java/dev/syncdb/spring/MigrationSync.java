package dev.syncdb.spring;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.DialectContext;
import dev.syncdb.engine.migrate.MigrationRequest;
import dev.syncdb.engine.migrate.MigrationRunResult;
import dev.syncdb.engine.migrate.MigrationStatus;
import dev.syncdb.engine.migrate.MigrationStatusUseCase;
import dev.syncdb.engine.migrate.UpgradeUseCase;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * The migration-based start-up run, which honours the migration history instead of diffing:
 * validate (fail when files and history disagree or migrations are pending, listing them) or apply
 * (run the pending migrations up to head under the migration lock).
 */
final class MigrationSync {
    private final MigrationRequest request;
    private final String location;

    MigrationSync(DatabaseUrl target, String namespace, Path dir, String location, Duration lockTimeout,
                  DialectContext context) {
        this.request = new MigrationRequest(target, namespace == null || namespace.isBlank() ? null : namespace, dir,
                lockTimeout, message -> SyncdbStartup.LOG.info("syncdb: " + message), context);
        this.location = location;
    }

    SyncdbRun.Outcome validate() {
        MigrationStatus status = new MigrationStatusUseCase().run(request);
        if (status.problem() != null) {
            throw new SyncdbStartupException("syncdb.mode=validate: the migrations in " + location
                    + " disagree with the database's history: " + status.problem(),
                    "Restore the applied migration files, or repair the history with the syncdb command line.");
        }
        if (!status.pending().isEmpty()) {
            throw new SyncdbStartupException("syncdb.mode=validate: the database is at version " + status.current()
                    + " and " + status.pending().size() + " migration(s) in " + location + " are pending:\n"
                    + status.pending().stream().map(m -> "  - " + m.version().text() + " " + m.description())
                    .collect(Collectors.joining("\n")),
                    "Set syncdb.mode=apply to run them at start-up, or run syncdb upgrade.");
        }
        return atHead(status.current());
    }

    SyncdbRun.Outcome apply() {
        MigrationRunResult result = new UpgradeUseCase().run(request, new UpgradeUseCase.Options("head", false, false));
        if (result.ran().isEmpty()) {
            return atHead(result.to());
        }
        return new SyncdbRun.Outcome(SyncdbRun.Result.MIGRATED, result.ran().size(), "migrated the database from version "
                + result.from() + " to " + result.to() + " (" + result.ran().size() + " migration(s) from " + location + ")");
    }

    private SyncdbRun.Outcome atHead(String version) {
        return new SyncdbRun.Outcome(SyncdbRun.Result.IN_SYNC, 0,
                "the database is at version " + version + ", the head of " + location);
    }
}
