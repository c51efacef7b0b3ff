package dev.syncdb.cli.command;

import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.ExitCode;
import dev.syncdb.cli.UsesCommonOptions;
import dev.syncdb.cli.VersionProvider;
import dev.syncdb.cli.config.CommonOptions;
import dev.syncdb.cli.config.RunRequest;
import dev.syncdb.cli.config.Settings;
import dev.syncdb.cli.config.SettingsResolver;
import dev.syncdb.cli.output.JsonReport;
import dev.syncdb.cli.output.PlanText;
import dev.syncdb.cli.output.ReviewPage;
import dev.syncdb.cli.output.Style;
import dev.syncdb.cli.output.TimingsText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** The {@code plan} command: prints the planned SQL with comments and hazards, changing nothing. */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print the planned SQL, each statement with a comment and its hazards; change nothing.")
public final class PlanCommand implements Callable<Integer>, UsesCommonOptions {
    private final CliContext ctx;

    /** What the run is built from: this command takes every option group ({@link CommonOptions}). */
    @Mixin
    CommonOptions common;

    @Mixin
    dev.syncdb.cli.fleet.FleetOptions fleet;

    @Option(names = "--json", description = "print the plan as JSON (the same as --format json)")
    boolean json;

    @Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text",
            description = "text (default), json, or html: one self-contained page for review (summary, diagram of the"
                    + " change, each step's SQL, hazards and preflight findings)")
    ReportFormat format;

    public PlanCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (fleet.active()) {
            return fleet.run(ctx, common);
        }
        Settings settings = new SettingsResolver(ctx).resolve(common);
        SyncRequest request = RunRequest.of(ctx, common, settings);
        return TimedRun.run(ctx, common, request, () -> {
            PlanResult result = new PlanUseCase().run(request);
            if (format == ReportFormat.html) {
                ctx.out().print(new ReviewPage("plan").render(result, settings.describeSchema(), null));
            } else if (json || format == ReportFormat.json) {
                ctx.out().println(JsonReport.of(result, settings.describeSchema()));
            } else {
                new PlanText(ctx.out(), new Style(ctx.color(common.noColor())), common.verbose())
                        .print(result, settings.describeSchema(), common.quiet());
            }
            return ExitCode.OK;
        });
    }

    @Override
    public CommonOptions common() {
        return common;
    }
}
