package dev.syncdb.cli.command;

import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.VersionProvider;
import dev.syncdb.cli.output.MigrationJson;
import dev.syncdb.cli.output.MigrationText;
import dev.syncdb.engine.migrate.MigrationStatus;
import picocli.CommandLine.Command;

/** The {@code history} command: every row of the history table, oldest first. */
@Command(name = "history", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the migration history (every upgrade, downgrade, stamp and failure); change nothing.")
public final class HistoryCommand extends MigrationReport {

    public HistoryCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    String json(MigrationStatus status) {
        return MigrationJson.history(status);
    }

    @Override
    void text(MigrationText out, MigrationStatus status) {
        out.history(status);
    }
}
