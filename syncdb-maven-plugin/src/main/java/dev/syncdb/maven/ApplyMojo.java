package dev.syncdb.maven;

import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.ExitCode;
import dev.syncdb.cli.command.ApplyRun;
import dev.syncdb.cli.command.BackupOptions;
import dev.syncdb.cli.config.CommonOptions;
import dev.syncdb.engine.session.RunLock;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.time.Duration;

/**
 * The {@code apply} goal: what {@code syncdb apply --auto} does. It prints the plan, waits for the
 * syncdb lock, takes a backup into {@code backups/} of the project directory, applies the plan in one
 * transaction and verifies the result. Steps that lose data or depend on the data are refused unless
 * {@code allowDestructive} is set.
 */
@Mojo(name = "apply", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ApplyMojo extends AbstractSyncdbMojo {

    /** Allows steps that lose data (drop table, drop column, narrowing a type, ...). */
    @Parameter(property = "syncdb.allowDestructive", defaultValue = "false")
    protected boolean allowDestructive;

    /** Takes a backup before the first statement runs. */
    @Parameter(property = "syncdb.backup", defaultValue = "true")
    protected boolean backup;

    /** How long to wait, in seconds, for another syncdb run to release the syncdb lock. */
    @Parameter(property = "syncdb.lockTimeout", defaultValue = "60")
    protected int lockTimeout;

    @Override
    protected void run(CliContext ctx, CommonOptions options) throws MojoFailureException {
        RunLock lock = new RunLock(Duration.ofSeconds(lockTimeout), ctx.err()::println);
        int code = new ApplyRun(ctx, lock).run(options, true, allowDestructive, backup ? new BackupOptions() : null);
        if (code != ExitCode.OK) {
            throw new MojoFailureException("the plan was not applied (exit code " + code + ")");
        }
    }
}
