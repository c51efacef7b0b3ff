/**
 * The picocli commands of {@code syncdb} ({@code plan}, {@code check}, {@code apply}, the migration
 * commands, ...) and the runs they share ({@code ApplyRun}, {@code CheckRun}, {@code RecreateRun}):
 * each resolves its settings, builds its engine request through {@link dev.syncdb.cli.config.RunRequest},
 * calls one engine use case, and hands the result to {@link dev.syncdb.cli.output} for printing.
 */
package dev.syncdb.cli.command;
