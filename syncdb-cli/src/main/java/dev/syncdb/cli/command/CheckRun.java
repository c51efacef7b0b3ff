package dev.syncdb.cli.command;

import dev.syncdb.engine.plan.CheckUseCase;
import dev.syncdb.engine.migrate.MigrationDriftUseCase;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.ExitCode;
import dev.syncdb.cli.config.CommonOptions;
import dev.syncdb.cli.config.RunRequest;
import dev.syncdb.cli.config.Settings;
import dev.syncdb.cli.config.SettingsResolver;
import dev.syncdb.cli.output.CheckText;
import dev.syncdb.cli.output.JsonReport;
import dev.syncdb.cli.output.MigrationDriftText;
import dev.syncdb.cli.output.Style;
import dev.syncdb.cli.output.TimingsText;

/** Runs a check and reports it: exit 0 in sync, 2 differences. Shared by {@code check} and {@code --check-only}. */
public final class CheckRun {
    private final CliContext ctx;

    public CheckRun(CliContext ctx) {
        this.ctx = ctx;
    }

    public int run(CommonOptions options, boolean json) {
        Settings settings = new SettingsResolver(ctx).resolve(options);
        SyncRequest request = RunRequest.of(ctx, options, settings);
        return TimedRun.run(ctx, options, request, () -> {
            PlanResult result = new CheckUseCase().run(request);
            if (!json && !options.quiet()) {
                new CheckText(ctx.out(), new Style(ctx.color(options.noColor())), options.verbose()).print(result, settings.describeSchema());
            }
            MigrationDriftUseCase.Result drift = migrations(options, settings, request);
            if (json) {
                ctx.out().println(JsonReport.of(result, settings.describeSchema(), drift, options.migrations()));
            } else if (drift != null && !options.quiet()) {
                new MigrationDriftText(ctx.out()).print(drift, options.migrations());
            }
            boolean migrationsClean = drift == null || drift.clean();
            return result.inSync() && migrationsClean ? ExitCode.OK : ExitCode.DIFFERENCES;
        });
    }

    /** A check reported as one HTML page for review on standard output: exit 0 in sync, 2 differences. */
    public int runHtml(CommonOptions options) {
        Settings settings = new SettingsResolver(ctx).resolve(options);
        SyncRequest request = RunRequest.of(ctx, options, settings);
        return TimedRun.run(ctx, options, request, () -> {
            PlanResult result = new CheckUseCase().run(request);
            ctx.out().print(new dev.syncdb.cli.output.ReviewPage("check").render(result, settings.describeSchema(), null));
            return result.inSync() ? ExitCode.OK : ExitCode.DIFFERENCES;
        });
    }

    /** When a migrations directory exists: uncaptured changes and drift; null when there is none. */
    private MigrationDriftUseCase.Result migrations(CommonOptions options, Settings settings, SyncRequest request) {
        java.nio.file.Path dir = ctx.resolve(options.migrations());
        if (!new dev.syncdb.migrate.MigrationDirectory(dir).exists() || settings.desiredUrl() != null) {
            return null;
        }
        return new MigrationDriftUseCase().run(request.withFixes(dev.syncdb.plan.DataFixes.NONE), dir);
    }
}
