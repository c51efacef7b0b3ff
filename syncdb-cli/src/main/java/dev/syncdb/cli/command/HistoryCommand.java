package dev.syncdb.cli.command;

import dev.syncdb.engine.migrate.MigrationStatus;
import dev.syncdb.engine.migrate.MigrationStatusUseCase;
import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.ExitCode;
import dev.syncdb.cli.UsesCommonOptions;
import dev.syncdb.cli.VersionProvider;
import dev.syncdb.cli.config.CommonOptions;
import dev.syncdb.cli.config.ConnectionOptions;
import dev.syncdb.cli.config.OutputOptions;
import dev.syncdb.cli.config.MigrationsOption;
import dev.syncdb.cli.output.MigrationJson;
import dev.syncdb.migrate.HistoryRow;
import dev.syncdb.cli.output.MigrationText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** The {@code history} command: every row of the history table, oldest first. */
@Command(name = "history", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the migration history (every upgrade, downgrade, stamp and failure); change nothing.")
public final class HistoryCommand implements Callable<Integer>, UsesCommonOptions {
    private final CliContext ctx;

    /** What the run is built from; the groups below are the options this command takes. */
    final CommonOptions common = new CommonOptions();

    @Mixin
    ConnectionOptions connection = common.connection();

    @Mixin
    OutputOptions output = common.output();

    @Mixin
    MigrationsOption migrations = common.migrationsOption();

    @Option(names = "--json", description = "print as JSON")
    boolean json;

    public HistoryCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        MigrationStatus s = new MigrationStatusUseCase().run(new MigrationCli(ctx).request(common, 0));
        if (json) {
            ctx.out().println(MigrationJson.history(s));
            return ExitCode.OK;
        }
        new MigrationText(ctx.out()).history(s);
        return ExitCode.OK;
    }

    @Override
    public CommonOptions common() {
        return common;
    }
}
