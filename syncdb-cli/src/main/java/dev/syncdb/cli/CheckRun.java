package dev.syncdb.cli;

import dev.syncdb.engine.CheckUseCase;
import dev.syncdb.engine.MigrationDriftUseCase;
import dev.syncdb.engine.PlanResult;

/** Runs a check and reports it: exit 0 in sync, 2 differences. Shared by {@code check} and {@code --check-only}. */
final class CheckRun {
    private final CliContext ctx;

    CheckRun(CliContext ctx) {
        this.ctx = ctx;
    }

    int run(CommonOptions options, boolean json) {
        Settings settings = new SettingsResolver(ctx).resolve(options);
        PlanResult result = new CheckUseCase().run(settings.request().withFixes(options.fixes()));
        if (json) {
            ctx.out().println(JsonReport.of(result, settings.describeSchema()));
        } else if (!options.quiet) {
            new CheckText(ctx.out(), new Style(ctx.color(options.noColor)), options.verbose).print(result, settings.describeSchema());
        }
        boolean migrationsClean = json || checkMigrations(options, settings);
        return result.inSync() && migrationsClean ? ExitCode.OK : ExitCode.DIFFERENCES;
    }

    /** When a migrations directory exists: uncaptured changes and drift; true when there is neither. */
    private boolean checkMigrations(CommonOptions options, Settings settings) {
        java.nio.file.Path dir = ctx.resolve(options.migrations);
        if (!new dev.syncdb.migrate.MigrationDirectory(dir).exists() || settings.desiredUrl() != null) {
            return true;
        }
        var drift = new MigrationDriftUseCase().run(settings.request(), dir);
        if (!options.quiet) {
            new MigrationDriftText(ctx.out()).print(drift, options.migrations);
        }
        return drift.clean();
    }
}
