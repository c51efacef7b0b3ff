package dev.syncdb.cli;

import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.plan.SyncRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** The {@code plan} command: prints the planned SQL with comments and hazards, changing nothing. */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print the planned SQL, each statement with a comment and its hazards; change nothing.")
final class PlanCommand implements Callable<Integer>, UsesCommonOptions {
    private final CliContext ctx;

    @Mixin
    CommonOptions common;

    @Option(names = "--json", description = "print the plan as JSON")
    boolean json;

    PlanCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Settings settings = new SettingsResolver(ctx).resolve(common);
        SyncRequest request = RunRequest.of(ctx, common, settings);
        try {
            PlanResult result = new PlanUseCase().run(request);
            if (json) {
                ctx.out().println(JsonReport.of(result, settings.describeSchema()));
            } else {
                new PlanText(ctx.out(), new Style(ctx.color(common.noColor)), common.verbose)
                        .print(result, settings.describeSchema(), common.quiet);
            }
            return ExitCode.OK;
        } finally {
            if (common.timings) {
                new TimingsText(ctx.err()).print(request.timings());
            }
        }
    }

    @Override
    public CommonOptions common() {
        return common;
    }
}
