package dev.syncdb.cli.command;

import dev.syncdb.engine.migrate.RepairUseCase;
import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.ExitCode;
import dev.syncdb.cli.UsesCommonOptions;
import dev.syncdb.cli.VersionProvider;
import dev.syncdb.cli.config.CommonOptions;
import dev.syncdb.cli.config.MigrationTargetOptions;
import dev.syncdb.cli.output.MigrationRunJson;
import dev.syncdb.cli.output.MigrationText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/** The {@code repair} command: accepts the current migration files after a deliberate edit. */
@Command(name = "repair", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Accept the current migration files after a deliberate edit: record their checksums in the history.")
public final class RepairCommand implements Callable<Integer>, UsesCommonOptions {
    private final CliContext ctx;

    /** What the run is built from; the groups below are the options this command takes. */
    final CommonOptions common = new CommonOptions();

    @Mixin
    MigrationTargetOptions options = new MigrationTargetOptions(common);

    @Mixin
    LockOptions lock;

    @Option(names = "--json", description = "print what was accepted and resolved as one JSON document")
    boolean json;

    public RepairCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        RepairUseCase.Result result = new RepairUseCase().run(new MigrationCli(ctx).request(common, lock.seconds));
        if (json) {
            ctx.out().println(MigrationRunJson.repaired(result));
        } else {
            new MigrationText(ctx.out()).repaired(result);
        }
        return ExitCode.OK;
    }

    @Override
    public CommonOptions common() {
        return common;
    }
}
