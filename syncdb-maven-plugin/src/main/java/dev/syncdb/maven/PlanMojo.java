package dev.syncdb.maven;

import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.config.CommonOptions;
import dev.syncdb.cli.config.RunRequest;
import dev.syncdb.cli.config.Settings;
import dev.syncdb.cli.config.SettingsResolver;
import dev.syncdb.cli.output.PlanText;
import dev.syncdb.cli.output.Style;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.plan.SyncRequest;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** The {@code plan} goal: prints the planned SQL, each statement with its comment and hazards, as {@code syncdb plan} does; changes nothing. */
@Mojo(name = "plan", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class PlanMojo extends AbstractSyncdbMojo {

    @Override
    protected void run(CliContext ctx, CommonOptions options) {
        Settings settings = new SettingsResolver(ctx).resolve(options);
        SyncRequest request = RunRequest.of(ctx, options, settings);
        new PlanText(ctx.out(), Style.plain(), options.verbose())
                .print(new PlanUseCase().run(request), settings.describeSchema(), false);
    }
}
