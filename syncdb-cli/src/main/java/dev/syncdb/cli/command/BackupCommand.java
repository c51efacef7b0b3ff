package dev.syncdb.cli.command;

import dev.syncdb.engine.backup.Backup;
import dev.syncdb.engine.backup.BackupUseCase;
import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.ExitCode;
import dev.syncdb.cli.UsesCommonOptions;
import dev.syncdb.cli.VersionProvider;
import dev.syncdb.cli.config.CommonOptions;
import dev.syncdb.cli.config.ConnectionOptions;
import dev.syncdb.cli.config.OutputOptions;
import dev.syncdb.cli.config.Settings;
import dev.syncdb.cli.config.SettingsResolver;
import dev.syncdb.cli.output.BackupText;
import dev.syncdb.cli.output.RunJson;
import dev.syncdb.dialect.BackupResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** The {@code backup} command: writes a full backup (schema and data) of the managed schema to a file. */
@Command(name = "backup", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write a full backup (schema and data) of the database to a file.",
                "Default: backups/<dbname>-<UTC timestamp>.<ext> (PostgreSQL: .dump, SQLite: .db)."})
public final class BackupCommand implements Callable<Integer>, UsesCommonOptions {
    private final CliContext ctx;

    /** What the run is built from; the groups below are the options this command takes. */
    final CommonOptions common = new CommonOptions();

    @Mixin
    ConnectionOptions connection = common.connection();

    @Mixin
    OutputOptions output = common.output();

    @Mixin
    BackupOptions backupOptions;

    @Option(names = "--out", paramLabel = "FILE", description = "write the backup to this file (it must not exist)")
    String out;

    @Option(names = "--json", description = "print the backup (file, size, tables, row counts) as one JSON document")
    boolean json;

    public BackupCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        CliContext run = json ? ctx.humanOnStderr() : ctx;
        Settings settings = new SettingsResolver(run).resolveTarget(common);
        java.util.concurrent.atomic.AtomicReference<BackupResult> taken = new java.util.concurrent.atomic.AtomicReference<>();
        Backup given = out != null
                ? new Backup(null, run.resolve(out), null, r -> new BackupText(run.workDir(), run.out()).taken(r))
                : backupOptions.backup(run, run.out());
        Backup backup = json ? new Backup(given.directory(), given.file(), given.clock(), taken::set) : given;
        new BackupUseCase(settings.context(run)).run(settings.url(), settings.schemaName(), backup.withProgress(RunProgress.of(run, common)));
        if (json) {
            ctx.out().println(RunJson.backup(settings.url().masked(), taken.get(), ctx.workDir()));
        }
        return ExitCode.OK;
    }

    @Override
    public CommonOptions common() {
        return common;
    }
}
