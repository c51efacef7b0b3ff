package dev.syncdb.maven;

import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.config.CommonOptions;
import dev.syncdb.cli.config.RunRequest;
import dev.syncdb.cli.config.Settings;
import dev.syncdb.cli.config.SettingsResolver;
import dev.syncdb.cli.output.MigrationText;
import dev.syncdb.cli.output.SourceText;
import dev.syncdb.cli.output.Style;
import dev.syncdb.engine.migrate.GenerateMigrationUseCase;
import dev.syncdb.engine.plan.SyncRequest;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.time.Instant;

/**
 * The {@code generate} goal: what {@code syncdb migrate generate -m MESSAGE} does. It writes the plan
 * as a new versioned migration, {@code V<version>__<slug>.sql} and its down file
 * {@code U<version>__<slug>.sql}, into the migrations directory.
 */
@Mojo(name = "generate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class GenerateMojo extends AbstractSyncdbMojo {

    /** What the migration does; becomes the file name's slug. */
    @Parameter(property = "syncdb.message", required = true)
    protected String message;

    /** Allows steps that lose data (marked DESTRUCTIVE in the file). */
    @Parameter(property = "syncdb.allowDestructive", defaultValue = "false")
    protected boolean allowDestructive;

    @Override
    protected void run(CliContext ctx, CommonOptions options) {
        Settings settings = new SettingsResolver(ctx).resolve(options);
        SyncRequest request = RunRequest.of(ctx, options, settings);
        var result = new GenerateMigrationUseCase().run(request, ctx.resolve(options.migrations()),
                new GenerateMigrationUseCase.Options(message, allowDestructive, false, Instant.now()));
        new SourceText(ctx.out(), Style.plain(), "").print(result.planned().source(), options.verbose());
        new MigrationText(ctx.out()).generated(result, false, false, ctx.workDir());
    }
}
