package dev.syncdb.cli.command;

import dev.syncdb.cli.VersionProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** The {@code migrate} command group; {@code migrate generate} writes a new versioned migration. */
@Command(name = "migrate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Versioned migrations: `migrate generate -m MESSAGE` writes the plan as up/down files.",
                "The migration commands also run under it: migrate upgrade|downgrade|current|history|show|stamp|repair."})
public final class MigrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: migrate generate -m \"message\""
                + " (or upgrade, downgrade, current, history, show, stamp, repair)");
    }
}
