package dev.syncdb.cli.command;

import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.ExitCode;
import dev.syncdb.cli.UsesCommonOptions;
import dev.syncdb.cli.VersionProvider;
import dev.syncdb.cli.config.CommonOptions;
import dev.syncdb.cli.config.SchemaTargetOptions;
import dev.syncdb.cli.config.RunRequest;
import dev.syncdb.cli.config.Settings;
import dev.syncdb.cli.config.SettingsResolver;
import dev.syncdb.cli.output.CreateTablesText;
import dev.syncdb.cli.output.ProgressDisplay;
import dev.syncdb.cli.output.RunJson;
import dev.syncdb.cli.output.Style;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.engine.apply.CreateTablesResult;
import dev.syncdb.engine.apply.CreateTablesUseCase;
import dev.syncdb.engine.plan.SyncRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * The {@code create-tables} command: creates the tables of the desired schema that the database
 * lacks, in foreign-key order, in one transaction, and adopts those that exist as they are (never
 * dropped, altered or emptied). Without {@code --missing-only} the existing tables are then
 * compared with their desired definition: exit 2 when one differs. With it they are not compared.
 */
@Command(name = "create-tables", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Create the tables of the desired schema that are missing, in foreign-key order, in one transaction.",
                "Tables that exist are skipped and never altered. Exit 0; without --missing-only, exit 2 when an",
                "existing table differs from its desired definition (run `syncdb plan` to see how)."})
public final class CreateTablesCommand implements Callable<Integer>, UsesCommonOptions {
    private final CliContext ctx;

    /** What the run is built from; the groups below are the options this command takes. */
    final CommonOptions common = new CommonOptions();

    @Mixin
    SchemaTargetOptions options = new SchemaTargetOptions(common);

    @Mixin
    LockOptions lock;

    @Option(names = "--missing-only", description = "only create the missing tables; do not compare the existing ones")
    boolean missingOnly;

    @Option(names = "--json", description = "print the result as one JSON document")
    boolean json;

    public CreateTablesCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        CliContext run = json ? ctx.humanOnStderr() : ctx;
        Settings settings = new SettingsResolver(run).resolve(common);
        Style style = new Style(run.color(common.noColor()));
        SyncRequest request = RunRequest.of(run, common, settings).withLock(lock.runLock(run));
        return TimedRun.run(run, common, request, () -> {
            CreateTablesResult r = new CreateTablesUseCase().run(request, missingOnly,
                    ProgressDisplay.forRun(run, common.quiet(), style));
            if (json) {
                ctx.out().println(RunJson.createTables(r, settings.describeSchema(), missingOnly));
            } else if (!common.quiet()) {
                new CreateTablesText(ctx.out(), style).print(r, settings.describeSchema());
            }
            return r.differences().isEmpty() ? ExitCode.OK : ExitCode.DIFFERENCES;
        });
    }

    @Override
    public CommonOptions common() {
        return common;
    }
}
