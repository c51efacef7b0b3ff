package dev.syncdb.cli.command;

import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.VersionProvider;
import dev.syncdb.cli.output.MigrationJson;
import dev.syncdb.cli.output.MigrationText;
import dev.syncdb.engine.migrate.MigrationStatus;
import picocli.CommandLine.Command;

/** The {@code current} command: the applied version, pending files, and any disagreement with history. */
@Command(name = "current", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Show the database's current migration version and the pending migrations; change nothing.")
public final class CurrentCommand extends MigrationReport {

    public CurrentCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    String json(MigrationStatus status) {
        return MigrationJson.current(status);
    }

    @Override
    void text(MigrationText out, MigrationStatus status) {
        out.current(status);
    }
}
