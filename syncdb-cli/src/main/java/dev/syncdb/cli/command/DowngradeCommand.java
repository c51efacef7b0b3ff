package dev.syncdb.cli.command;

import dev.syncdb.engine.migrate.DowngradeUseCase;
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

/** The {@code downgrade} command: runs down files of applied migrations, newest first. */
@Command(name = "downgrade", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Undo applied migrations with their down files (U<version>__<slug>.sql), newest first.",
                "Says first what it drops and how many rows and values that loses; refuses (exit 3) to lose data",
                "without --allow-destructive; takes a backup before the first down file runs."})
public final class DowngradeCommand implements Callable<Integer>, UsesCommonOptions {
    private final CliContext ctx;

    /** What the run is built from; the groups below are the options this command takes. */
    final CommonOptions common = new CommonOptions();

    @Mixin
    MigrationTargetOptions options = new MigrationTargetOptions(common);

    @Mixin
    OnlineChangeOptions online = common.online();

    @Mixin
    LockOptions lock;

    @Parameters(index = "0", paramLabel = "-N|VERSION|base",
            description = "-1 undoes the last migration, -N the last N; VERSION undoes every one above it; base undoes all")
    String target;

    @Option(names = "--sql", description = "print the SQL it would run; change nothing")
    boolean sql;

    @Option(names = "--allow-destructive", description = "run even when the downgrade drops tables or columns that hold data")
    boolean allowDestructive;

    @Option(names = "--no-backup", description = "skip the backup taken before the first down file runs")
    boolean noBackup;

    @Mixin
    BackupOptions backupOptions;

    @Option(names = "--json", description = "print the run (from, to, the history rows recorded; with --sql the SQL) as one JSON document")
    boolean json;

    public DowngradeCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        MigrationCli cli = new MigrationCli(ctx);
        var options = new DowngradeUseCase.Options(target, sql, allowDestructive,
                noBackup ? null : cli.backup(backupOptions, common, json), w -> ctx.err().println(w));
        var result = new DowngradeUseCase().run(cli.request(common, lock.seconds), options);
        cli.print(result, "Downgraded", common, json);
        return ExitCode.OK;
    }

    @Override
    public CommonOptions common() {
        return common;
    }
}
