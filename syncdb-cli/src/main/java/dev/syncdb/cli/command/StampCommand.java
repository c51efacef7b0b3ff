package dev.syncdb.cli.command;

import dev.syncdb.SyncdbException;
import dev.syncdb.cli.output.MigrationRunJson;
import dev.syncdb.cli.output.MigrationText;
import dev.syncdb.engine.migrate.AdoptUseCase;
import dev.syncdb.engine.migrate.StampUseCase;
import dev.syncdb.migrate.AdoptedPosition;
import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.ExitCode;
import dev.syncdb.cli.UsesCommonOptions;
import dev.syncdb.cli.VersionProvider;
import dev.syncdb.cli.config.CommonOptions;
import dev.syncdb.cli.config.MigrationTargetOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Instant;
import java.util.concurrent.Callable;

/** The {@code stamp} command: records a version as the current one without running any script. */
@Command(name = "stamp", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Record that the database is at a version without running scripts.",
                "Adopts a database that already has the tables (stamp head), or corrects the history.",
                "With --from flyway|alembic|liquibase: takes over a database that tool has migrated (its history",
                "table must be there): stamps VERSION (default: Flyway's version when a file has it, else head), or,",
                "with no migration files, writes a baseline migration of the database as it is and stamps that;",
                "records the tool's version, revision or changeset in the history."})
public final class StampCommand implements Callable<Integer>, UsesCommonOptions {
    private final CliContext ctx;

    /** What the run is built from; the groups below are the options this command takes. */
    final CommonOptions common = new CommonOptions();

    @Mixin
    MigrationTargetOptions options = new MigrationTargetOptions(common);

    @Mixin
    LockOptions lock;

    @Parameters(index = "0", arity = "0..1", paramLabel = "VERSION|head|base", description = "the version the database is at")
    String target;

    @Option(names = "--from", paramLabel = "TOOL", description = "adopt a database that flyway, alembic or liquibase has been migrating")
    String from;

    @Option(names = "--sql", description = "print the history rows it would record; change nothing")
    boolean sql;

    @Option(names = "--force", description = "stamp even when the schema is not what the migrations up to VERSION produce")
    boolean force;

    @Option(names = "--json", description = "print what was recorded (with --from: and what was adopted) as one JSON document")
    boolean json;

    public StampCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        MigrationCli cli = new MigrationCli(ctx);
        if (from != null) {
            var adopted = new AdoptUseCase().run(cli.request(common, lock.seconds), new AdoptUseCase.Options(
                    AdoptedPosition.Tool.of(from), target, sql, force, Instant.now()));
            if (json) {
                ctx.out().println(MigrationRunJson.adopted(adopted, ctx.workDir()));
            } else {
                new MigrationText(ctx.out()).adopted(adopted, common.quiet(), ctx.workDir());
            }
            return ExitCode.OK;
        }
        if (target == null) {
            throw SyncdbException.error("stamp needs a version (VERSION, head or base), or --from flyway|alembic|liquibase");
        }
        var result = new StampUseCase().run(cli.request(common, lock.seconds), new StampUseCase.Options(target, sql, force));
        cli.print(result, "Stamped", common, json);
        return ExitCode.OK;
    }

    @Override
    public CommonOptions common() {
        return common;
    }
}
