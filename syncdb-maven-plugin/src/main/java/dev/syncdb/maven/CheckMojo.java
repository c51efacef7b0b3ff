package dev.syncdb.maven;

import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.ExitCode;
import dev.syncdb.cli.command.CheckRun;
import dev.syncdb.cli.config.CommonOptions;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * The {@code check} goal: compares the database with the desired schema, as {@code syncdb check} does,
 * lists the differences, and fails the build when there are any (unless {@code failOnDifferences} is
 * false). With a migrations directory it also reports changes no migration captures.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class CheckMojo extends AbstractSyncdbMojo {

    /** Whether differences fail the build; false logs them as a warning. */
    @Parameter(property = "syncdb.failOnDifferences", defaultValue = "true")
    protected boolean failOnDifferences;

    @Override
    protected void run(CliContext ctx, CommonOptions options) throws MojoFailureException {
        if (new CheckRun(ctx).run(options, false) == ExitCode.OK) {
            return;
        }
        String message = "the database differs from the desired schema (the differences are listed above)";
        if (failOnDifferences) {
            throw new MojoFailureException(message);
        }
        getLog().warn(message);
    }
}
