package dev.syncdb.cli.command;

import dev.syncdb.engine.migrate.MigrationRequest;
import dev.syncdb.engine.migrate.MigrationRunResult;
import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.config.CommonOptions;
import dev.syncdb.cli.config.Settings;
import dev.syncdb.cli.config.SettingsResolver;
import dev.syncdb.migrate.HistoryRow;
import dev.syncdb.cli.output.MigrationRunJson;
import dev.syncdb.cli.output.MigrationText;
import dev.syncdb.engine.apply.ApplyProgress;
import dev.syncdb.engine.backup.Backup;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What the migration commands share: building the engine request from the options (the waiting
 * message and the progress of each file go to stderr), and having what an upgrade, downgrade or stamp did printed.
 */
public final class MigrationCli {
    private final CliContext ctx;

    public MigrationCli(CliContext ctx) {
        this.ctx = ctx;
    }

    public MigrationRequest request(CommonOptions common, int lockTimeoutSeconds) {
        Settings settings = new SettingsResolver(ctx).resolveTarget(common);
        return new MigrationRequest(settings.url(), settings.schemaName(), dir(common),
                Duration.ofSeconds(lockTimeoutSeconds), message -> ctx.err().println(message),
                settings.context(ctx), new SettingsResolver(ctx).online(common)).withProgress(progress(common));
    }

    /**
     * The backup taken before the first file runs, its progress shown like the files'; its line goes
     * to stderr with {@code json}.
     */
    public Backup backup(BackupOptions options, CommonOptions common, boolean json) {
        return options.backup(ctx, human(json)).withProgress(progress(common));
    }

    private ApplyProgress progress(CommonOptions common) {
        return RunProgress.of(ctx, common);
    }

    public Path dir(CommonOptions common) {
        return ctx.resolve(common.migrations());
    }

    /** Prints a run: the SQL of a dry run, else each recorded row and a summary line. */
    public void print(MigrationRunResult r, String verb, CommonOptions common) {
        new MigrationText(ctx.out()).run(r, verb, common.quiet());
    }

    /** Prints a run as text, or with {@code json} as one JSON document ({@link MigrationRunJson#run}). */
    public void print(MigrationRunResult r, String verb, CommonOptions common, boolean json) {
        if (json) {
            ctx.out().println(MigrationRunJson.run(r));
        } else {
            print(r, verb, common);
        }
    }

    /** Where a {@code --json} run's messages for people go (a backup line, a warning): stderr; else stdout. */
    public java.io.PrintStream human(boolean json) {
        return json ? ctx.err() : ctx.out();
    }
}
