package dev.syncdb.cli.command;

import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.ExitCode;
import dev.syncdb.cli.UsesCommonOptions;
import dev.syncdb.cli.config.CommonOptions;
import dev.syncdb.cli.config.MigrationTargetOptions;
import dev.syncdb.cli.output.MigrationText;
import dev.syncdb.engine.migrate.MigrationStatus;
import dev.syncdb.engine.migrate.MigrationStatusUseCase;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * A command that reads the migration status of the target and prints one view of it, as text or
 * with {@code --json} as one document ({@code current}, {@code history}); it changes nothing.
 */
abstract class MigrationReport implements Callable<Integer>, UsesCommonOptions {
    private final CliContext ctx;

    /** What the run is built from; the groups below are the options this command takes. */
    final CommonOptions common = new CommonOptions();

    @Mixin
    MigrationTargetOptions options = new MigrationTargetOptions(common);

    @Option(names = "--json", description = "print as JSON")
    boolean json;

    MigrationReport(CliContext ctx) {
        this.ctx = ctx;
    }

    /** The view as one JSON document. */
    abstract String json(MigrationStatus status);

    /** The view as text for people. */
    abstract void text(MigrationText out, MigrationStatus status);

    @Override
    public Integer call() {
        MigrationStatus s = new MigrationStatusUseCase().run(new MigrationCli(ctx).request(common, 0));
        if (json) {
            ctx.out().println(json(s));
        } else {
            text(new MigrationText(ctx.out()), s);
        }
        return ExitCode.OK;
    }

    @Override
    public CommonOptions common() {
        return common;
    }
}
