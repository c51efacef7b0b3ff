package dev.syncdb.cli.command;

import dev.syncdb.engine.migrate.GenerateMigrationUseCase;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.migrate.MigrationFormat;
import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.ExitCode;
import dev.syncdb.cli.UsesCommonOptions;
import dev.syncdb.cli.VersionProvider;
import dev.syncdb.cli.config.CommonOptions;
import dev.syncdb.cli.config.RunRequest;
import dev.syncdb.cli.config.Settings;
import dev.syncdb.cli.config.SettingsResolver;
import dev.syncdb.cli.output.MigrationRunJson;
import dev.syncdb.cli.output.MigrationText;
import dev.syncdb.cli.output.SourceText;
import dev.syncdb.cli.output.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

/** The {@code migrate generate} command: writes the plan as {@code V<version>__<slug>.sql} and its down file. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write the plan as a new versioned migration: V<version>__<slug>.sql (up) and U<version>__<slug>.sql (down).",
                "Steps that lose data are refused (exit 3) unless --allow-destructive."})
public final class MigrateGenerateCommand implements Callable<Integer>, UsesCommonOptions {
    private final CliContext ctx;

    /** What the run is built from: this command takes every option group ({@link CommonOptions}). */
    @Mixin
    CommonOptions common;

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MESSAGE", description = "what the migration does; becomes the file name's slug")
    String message;

    @Option(names = "--allow-destructive", description = "allow steps that lose data (marked DESTRUCTIVE in the file)")
    boolean allowDestructive;

    @Option(names = "--format", paramLabel = "syncdb|flyway", defaultValue = "syncdb",
            description = "flyway: files Flyway runs as they are (a .sql.conf beside a file that must run outside a transaction;"
                    + " the U file is Flyway Teams' undo, skipped by Flyway Community)")
    String format;

    @Option(names = "--replay", description = "compare with the schema the existing migrations produce (replayed in a scratch place), not with the live database")
    boolean replay;

    @Option(names = "--json", description = "print what was written (version, files, the plan) as one JSON document")
    boolean json;

    public MigrateGenerateCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        CliContext run = json ? ctx.humanOnStderr() : ctx;
        Settings settings = new SettingsResolver(run).resolve(common);
        SyncRequest request = RunRequest.of(run, common, settings);
        return TimedRun.run(run, common, request, () -> generate(request, settings));
    }

    private int generate(SyncRequest request, Settings settings) {
        Path dir = ctx.resolve(common.migrations());
        var r = new GenerateMigrationUseCase().run(request, dir,
                new GenerateMigrationUseCase.Options(message, allowDestructive, replay, Instant.now(), MigrationFormat.of(format)));
        if (json) {
            ctx.out().println(MigrationRunJson.generated(r, settings.describeSchema(), replay,
                    MigrationFormat.of(format).name().toLowerCase(java.util.Locale.ROOT), ctx.workDir()));
            return ExitCode.OK;
        }
        if (!common.quiet()) {
            new SourceText(ctx.out(), new Style(ctx.color(common.noColor())), "").print(r.planned().source(), common.verbose());
        }
        new MigrationText(ctx.out()).generated(r, replay, common.quiet(), ctx.workDir(), MigrationFormat.of(format) == MigrationFormat.FLYWAY);
        return ExitCode.OK;
    }

    @Override
    public CommonOptions common() {
        return common;
    }
}
