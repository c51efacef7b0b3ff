package dev.syncdb.cli;

import dev.syncdb.engine.CheckUseCase;
import dev.syncdb.engine.MigrationDriftUseCase;
import dev.syncdb.engine.PlanResult;
import dev.syncdb.engine.SyncRequest;

/** Runs a check and reports it: exit 0 in sync, 2 differences. Shared by {@code check} and {@code --check-only}. */
final class CheckRun {
    private final CliContext ctx;

    CheckRun(CliContext ctx) {
        this.ctx = ctx;
    }

    int run(CommonOptions options, boolean json) {
        Settings settings = new SettingsResolver(ctx).resolve(options);
        SyncRequest request = RunRequest.of(ctx, options, settings);
        try {
            PlanResult result = new CheckUseCase().run(request);
            if (json) {
                ctx.out().println(JsonReport.of(result, settings.describeSchema()));
            } else if (!options.quiet) {
                new CheckText(ctx.out(), new Style(ctx.color(options.noColor))).print(result, settings.describeSchema());
            }
            boolean migrationsClean = json || checkMigrations(options, settings, request);
            return result.inSync() && migrationsClean ? ExitCode.OK : ExitCode.DIFFERENCES;
        } finally {
            if (options.timings) {
                new TimingsText(ctx.err()).print(request.timings());
            }
        }
    }

    /** When a migrations directory exists: uncaptured changes and drift; true when there is neither. */
    private boolean checkMigrations(CommonOptions options, Settings settings, SyncRequest request) {
        java.nio.file.Path dir = ctx.resolve(options.migrations);
        if (!new dev.syncdb.migrate.MigrationDirectory(dir).exists() || settings.desiredUrl() != null) {
            return true;
        }
        var drift = new MigrationDriftUseCase().run(request.withFixes(dev.syncdb.plan.DataFixes.NONE), dir);
        if (!options.quiet) {
            new MigrationDriftText(ctx.out()).print(drift, options.migrations);
        }
        return drift.clean();
    }
}
