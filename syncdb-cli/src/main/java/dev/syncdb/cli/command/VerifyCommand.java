package dev.syncdb.cli.command;

import dev.syncdb.engine.verify.RequiredTable;
import dev.syncdb.engine.verify.VerifyResult;
import dev.syncdb.engine.verify.VerifyUseCase;
import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.ExitCode;
import dev.syncdb.cli.UsesCommonOptions;
import dev.syncdb.cli.VersionProvider;
import dev.syncdb.cli.config.CommonOptions;
import dev.syncdb.cli.config.SchemaTargetOptions;
import dev.syncdb.cli.config.RequireOption;
import dev.syncdb.cli.config.RunRequest;
import dev.syncdb.cli.config.Settings;
import dev.syncdb.cli.config.SettingsResolver;
import dev.syncdb.cli.output.RunJson;
import dev.syncdb.cli.output.Style;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.cli.output.VerifyText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * The {@code verify} command: ✅/❌ per required table and, when a desired schema is given, whether
 * the database matches it. Exit 0 when both hold, 1 when a required table is missing, 2 when the
 * tables are there but the database differs from the desired schema.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Confirm the required tables exist and, when a desired schema is given, that the database matches it.",
                "Changes nothing. Exit 0 ok, 1 a required table is missing, 2 the database differs from the desired schema."})
public final class VerifyCommand implements Callable<Integer>, UsesCommonOptions {
    private final CliContext ctx;

    /** What the run is built from; the groups below are the options this command takes. */
    final CommonOptions common = new CommonOptions();

    @Mixin
    SchemaTargetOptions options = new SchemaTargetOptions(common);

    @Mixin
    RequireOption require;

    @Option(names = "--json", description = "print the result as one JSON document")
    boolean json;

    public VerifyCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        CliContext run = json ? ctx.humanOnStderr() : ctx;
        Settings settings = new SettingsResolver(run).resolveOptionalSchema(common);
        SyncRequest request = settings.hasDesired() ? RunRequest.of(run, common, settings) : null;
        return TimedRun.run(run, common, request, () -> verify(settings, request));
    }

    private int verify(Settings settings, SyncRequest request) {
        VerifyResult v = new VerifyUseCase(settings.context(ctx)).run(settings.url(), settings.schemaName(), request, require.tables(ctx, common));
        if (json) {
            ctx.out().println(RunJson.verify(v, settings.describeSchema()));
        } else if (!common.quiet()) {
            new VerifyText(ctx.out(), new Style(ctx.color(common.noColor()))).print(v, settings.describeSchema());
        }
        if (!v.requiredPresent()) {
            return ExitCode.ERROR;
        }
        return v.matches() ? ExitCode.OK : ExitCode.DIFFERENCES;
    }

    @Override
    public CommonOptions common() {
        return common;
    }
}
