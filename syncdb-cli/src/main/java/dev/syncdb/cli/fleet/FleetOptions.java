package dev.syncdb.cli.fleet;

import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.config.CommonOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options that turn check, plan, apply, upgrade and status into a fleet run: where the targets
 * are (a file, a tenants query, a schema name pattern) and how the run is scheduled. A command calls
 * {@link #run} when {@link #active()}.
 */
public final class FleetOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--targets", paramLabel = "FILE",
            description = "fleet: run on every database in FILE (one URL, or URL SCHEMA, a line; # comments; ${ENV} expanded)")
    String targetsFile;

    @Option(names = "--tenants", paramLabel = "SQL",
            description = "fleet: run on every target this query on the --url database returns (a URL, or a schema name on that server, per row)")
    String tenants;

    @Option(names = "--schema-name-pattern", paramLabel = "PATTERN",
            description = "fleet: run on every schema of the --url server whose name matches PATTERN (SQL LIKE: tenant_%%)")
    String schemaNamePattern;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "4",
            description = "fleet: how many targets at a time (default: ${DEFAULT-VALUE})")
    int parallel = 4;

    @Option(names = "--canary", paramLabel = "K", defaultValue = "0",
            description = "fleet: run K targets first and stop if any of them fails or is refused")
    int canary;

    @Option(names = "--continue-on-error", description = "fleet: go on after a target fails (default: stop at the first failure)")
    boolean continueOnError;

    @Option(names = "--resume", description = "fleet: go on from the state file of an interrupted run; targets already done are not run again")
    boolean resume;

    @Option(names = "--state", paramLabel = "FILE",
            description = "fleet: the state file (default: .syncdb/fleet-COMMAND.state)")
    String state;

    /** Whether a fleet option names targets, so the command runs over the fleet. */
    public boolean active() {
        return targetsFile != null || tenants != null || schemaNamePattern != null;
    }

    /** Runs the command that holds these options over the fleet; returns the exit code. */
    public int run(CliContext ctx, CommonOptions common) {
        return new FleetCli(ctx, this, command).run(common);
    }
}
