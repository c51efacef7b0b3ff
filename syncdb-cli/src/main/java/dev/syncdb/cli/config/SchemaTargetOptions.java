package dev.syncdb.cli.config;

import picocli.CommandLine.Mixin;

/**
 * The option groups of a command that compares the target database with a desired schema without
 * changing live tables online ({@code verify}, {@code create-tables}, {@code diagram}): connection,
 * desired schema, comparison, output and {@code --migrations} (accepted because the command-line
 * contract lists it among the common options). A picocli mixin over the groups of one
 * {@link CommonOptions}, so the run reads them from there.
 */
public final class SchemaTargetOptions {
    @Mixin
    ConnectionOptions connection;

    @Mixin
    DesiredSchemaOptions desired;

    @Mixin
    ComparisonOptions comparison;

    @Mixin
    OutputOptions output;

    @Mixin
    MigrationsOption migrations;

    public SchemaTargetOptions(CommonOptions common) {
        this.connection = common.connection();
        this.desired = common.desired();
        this.comparison = common.comparison();
        this.output = common.output();
        this.migrations = common.migrationsOption();
    }
}
