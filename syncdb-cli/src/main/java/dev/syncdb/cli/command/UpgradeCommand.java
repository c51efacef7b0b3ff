package dev.syncdb.cli.command;

import dev.syncdb.engine.migrate.UpgradeUseCase;
import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.ExitCode;
import dev.syncdb.cli.UsesCommonOptions;
import dev.syncdb.cli.VersionProvider;
import dev.syncdb.cli.config.CommonOptions;
import dev.syncdb.cli.config.MigrationTargetOptions;
import dev.syncdb.cli.config.OnlineChangeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** The {@code upgrade} command: runs pending migrations up to head or a version. */
@Command(name = "upgrade", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Run pending migrations forward, each in its own transaction, under the migration lock.",
                "Refuses (exit 3) when an applied file changed, a file disappeared, or a new file is older than the current version."})
public final class UpgradeCommand implements Callable<Integer>, UsesCommonOptions {
    private final CliContext ctx;

    /** What the run is built from; the groups below are the options this command takes. */
    final CommonOptions common = new CommonOptions();

    @Mixin
    MigrationTargetOptions options = new MigrationTargetOptions(common);

    @Mixin
    OnlineChangeOptions online = common.online();

    @Mixin
    dev.syncdb.cli.fleet.FleetOptions fleet;

    @Mixin
    LockOptions lock;

    @Parameters(index = "0", arity = "0..1", defaultValue = "head", paramLabel = "head|VERSION",
            description = "how far to go (default: head)")
    String target;

    @Option(names = "--sql", description = "print the SQL it would run; change nothing")
    boolean sql;

    @Option(names = "--out-of-order", description = "also apply pending files older than the current version")
    boolean outOfOrder;

    @Option(names = "--no-backup", description = "skip the backup taken before the first pending file runs")
    boolean noBackup;

    @Mixin
    BackupOptions backupOptions;

    @Option(names = "--json", description = "print the run (from, to, the history rows recorded; with --sql the SQL) as one JSON document")
    boolean json;

    public UpgradeCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (fleet.active()) {
            return fleet.run(ctx, common);
        }
        MigrationCli cli = new MigrationCli(ctx);
        var result = new UpgradeUseCase().run(cli.request(common, lock.seconds),
                new UpgradeUseCase.Options(target, sql, outOfOrder, noBackup ? null : cli.backup(backupOptions, common, json)));
        cli.print(result, "Upgraded", common, json);
        return ExitCode.OK;
    }

    @Override
    public CommonOptions common() {
        return common;
    }
}
