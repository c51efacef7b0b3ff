package dev.syncdb.cli.command;

import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.UsesCommonOptions;
import dev.syncdb.cli.VersionProvider;
import dev.syncdb.cli.config.CommonOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** The {@code apply} command: shows the plan, asks unless {@code --auto}, applies it and verifies. */
@Command(name = "apply", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Apply the plan in one transaction, then verify the database matches.",
                "Asks first unless --auto; steps that lose data are refused (exit 3) unless --allow-destructive."})
public final class ApplyCommand implements Callable<Integer>, UsesCommonOptions {
    private final CliContext ctx;

    /** What the run is built from: this command takes every option group ({@link CommonOptions}). */
    @Mixin
    CommonOptions common;

    @Mixin
    dev.syncdb.cli.fleet.FleetOptions fleet;

    @Option(names = "--auto", description = "apply without asking")
    boolean auto;

    @Option(names = "--allow-destructive", description = "allow steps that lose data (drop table, drop column, ...)")
    boolean allowDestructive;

    @Option(names = "--no-backup", description = "skip the backup taken before applying")
    boolean noBackup;

    @Mixin
    BackupOptions backupOptions;

    @Option(names = "--report", paramLabel = "FILE",
            description = "also write the applied plan as one self-contained HTML page for review (with the backup's location)")
    String report;

    @Mixin
    LockOptions lock;

    @Option(names = "--json", description = "print the result (outcome, backup, the plan applied) as one JSON document")
    boolean json;

    public ApplyCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (fleet.active()) {
            return fleet.run(ctx, common);
        }
        return new ApplyRun(ctx, lock.runLock(ctx)).withReport(report).withJson(json)
                .run(common, auto, allowDestructive, noBackup ? null : backupOptions);
    }

    @Override
    public CommonOptions common() {
        return common;
    }
}
