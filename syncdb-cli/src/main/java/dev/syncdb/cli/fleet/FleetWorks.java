package dev.syncdb.cli.fleet;

import dev.syncdb.SyncdbException;
import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.config.CommonOptions;
import dev.syncdb.cli.config.RequireOption;
import dev.syncdb.cli.config.Settings;
import dev.syncdb.engine.backup.Backup;
import dev.syncdb.engine.fleet.DatabaseTurns;
import dev.syncdb.engine.fleet.FleetTarget;
import dev.syncdb.engine.fleet.PlanHash;
import dev.syncdb.engine.fleet.TargetStatus;
import dev.syncdb.engine.fleet.TargetWork;
import dev.syncdb.engine.migrate.MigrationRequest;
import dev.syncdb.engine.migrate.MigrationRunResult;
import dev.syncdb.engine.migrate.UpgradeUseCase;
import dev.syncdb.engine.session.RunLock;
import dev.syncdb.engine.verify.RequiredTable;
import dev.syncdb.engine.verify.StatusResult;
import dev.syncdb.engine.verify.StatusUseCase;
import dev.syncdb.migrate.HistoryRow;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The per-target works of the fleet commands that do not compare with a desired schema: upgrade
 * (the pending migrations, each target under its own migration lock) and status (reachable, the
 * migration version, the required tables).
 */
final class FleetWorks {

    private FleetWorks() {
    }

    /** Runs the pending migrations up to {@code version} on each target; the group is the list of files run. */
    static TargetWork upgrade(CliContext ctx, CommonOptions common, Settings settings, RunLock lock, boolean outOfOrder,
                              String version, boolean sql, Function<FleetTarget, Path> backups) {
        if (sql) {
            throw SyncdbException.error("upgrade --sql prints one target's SQL: run it without the fleet options");
        }
        Path dir = ctx.resolve(common.migrations());
        DatabaseTurns turns = new DatabaseTurns(settings.context(ctx));
        return t -> turns.run(t, t.schemaName() != null ? t.schemaName() : settings.schemaName(), () -> {
            MigrationRequest r = new MigrationRequest(t.url(), t.schemaName() != null ? t.schemaName() : settings.schemaName(),
                    dir, lock.timeout(), m -> { }, settings.context(ctx));
            Backup backup = backups == null ? null : Backup.into(backups.apply(t), b -> { });
            MigrationRunResult done = new UpgradeUseCase().run(r, new UpgradeUseCase.Options(version, false, outOfOrder, backup));
            if (done.ran().isEmpty()) {
                return new TargetWork.Done(TargetStatus.IN_SYNC, null, null);
            }
            String ran = done.ran().stream().map(HistoryRow::version).collect(Collectors.joining(", ",
                    "migrations " + done.from() + " -> " + done.to() + ": ", "\n"));
            return new TargetWork.Done(TargetStatus.APPLIED, PlanHash.of(ran), ran);
        });
    }

    /**
     * Reads each target's status: in sync when it answers and every required table is there (the
     * group is its migration version), failed naming the missing tables otherwise.
     */
    static TargetWork status(CliContext ctx, CommonOptions common, Settings settings, CommandSpec command) {
        List<String> required = command.mixins().values().stream().map(CommandSpec::userObject)
                .filter(RequireOption.class::isInstance).map(o -> ((RequireOption) o).tables(ctx, common))
                .findFirst().orElse(List.of());
        Path dir = ctx.resolve(common.migrations());
        StatusUseCase status = new StatusUseCase(settings.context(ctx));
        return t -> {
            StatusResult s = status.run(t.url(), t.schemaName() != null ? t.schemaName() : settings.schemaName(), dir, required);
            if (!s.requiredPresent()) {
                throw SyncdbException.error("missing required table(s): " + s.required().stream()
                        .filter(x -> !x.present()).map(RequiredTable::name).collect(Collectors.joining(", ")));
            }
            String version = "version " + s.migrations().current() + ", " + s.tables().size() + " tables";
            return new TargetWork.Done(TargetStatus.IN_SYNC, PlanHash.of(version), version + "\n");
        };
    }
}
