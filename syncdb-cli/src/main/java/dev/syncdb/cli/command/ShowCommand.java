package dev.syncdb.cli.command;

import dev.syncdb.engine.migrate.ShowUseCase;
import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.ExitCode;
import dev.syncdb.cli.UsesCommonOptions;
import dev.syncdb.cli.VersionProvider;
import dev.syncdb.cli.config.CommonOptions;
import dev.syncdb.cli.output.MigrationRunJson;
import dev.syncdb.cli.config.OutputOptions;
import dev.syncdb.cli.config.MigrationsOption;
import dev.syncdb.cli.output.MigrationText;
import dev.syncdb.migrate.Migration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** The {@code show} command: one migration's files, checksums and SQL; needs no database. */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Show one migration: its up and down files with checksums and SQL.")
public final class ShowCommand implements Callable<Integer>, UsesCommonOptions {
    private final CliContext ctx;

    /** What the run is built from; the groups below are the options this command takes. */
    final CommonOptions common = new CommonOptions();

    @Mixin
    OutputOptions output = common.output();

    @Mixin
    MigrationsOption migrations = common.migrationsOption();

    @Parameters(index = "0", paramLabel = "VERSION|head", description = "the migration to show")
    String version;

    @Option(names = "--json", description = "print the migration (version, files, checksums, SQL) as one JSON document")
    boolean json;

    public ShowCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Migration m = new ShowUseCase().run(new MigrationCli(ctx).dir(common), version);
        if (json) {
            ctx.out().println(MigrationRunJson.show(m, ctx.workDir()));
        } else {
            new MigrationText(ctx.out()).show(m);
        }
        return ExitCode.OK;
    }

    @Override
    public CommonOptions common() {
        return common;
    }
}
