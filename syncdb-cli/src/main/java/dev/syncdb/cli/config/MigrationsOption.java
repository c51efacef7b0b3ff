package dev.syncdb.cli.config;

import picocli.CommandLine.Option;

/** The versioned migrations directory, {@code --migrations}. A picocli mixin of the commands that read it. */
public final class MigrationsOption {

    @Option(names = "--migrations", paramLabel = "DIR", defaultValue = "migrations",
            description = "the versioned migrations directory (default: ${DEFAULT-VALUE})")
    String migrations = "migrations";
}
