package dev.syncdb.cli.config;

import picocli.CommandLine.Mixin;

/**
 * The option groups of a command that works on the target database and its migration history but
 * reads no desired schema ({@code current}, {@code history}, {@code status}, {@code stamp},
 * {@code repair}, {@code upgrade}, {@code downgrade}): connection, output and {@code --migrations}.
 * A picocli mixin over the groups of one {@link CommonOptions}, so the run reads them from there.
 */
public final class MigrationTargetOptions {
    @Mixin
    ConnectionOptions connection;

    @Mixin
    OutputOptions output;

    @Mixin
    MigrationsOption migrations;

    public MigrationTargetOptions(CommonOptions common) {
        this.connection = common.connection();
        this.output = common.output();
        this.migrations = common.migrationsOption();
    }
}
