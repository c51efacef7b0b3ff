package dev.syncdb.cli.command;

import dev.syncdb.SyncdbException;
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
import dev.syncdb.dialect.RestoreResult;
import dev.syncdb.engine.backup.RestoreUseCase;
import dev.syncdb.model.Schema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/**
 * The {@code restore FILE} command: loads a backup into an empty database at once; a database that
 * holds tables is replaced only after the user types {@code RESTORE} on the terminal, or, without
 * one, with {@code --confirm RESTORE}. It never waits for input without a terminal.
 */
@Command(name = "restore", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Restore a backup written by `syncdb backup` (or taken before apply).",
                "Into an empty database at once; a non-empty one is replaced only after typing RESTORE",
                "(without a terminal: --confirm RESTORE). Exit 3 when refused."})
public final class RestoreCommand implements Callable<Integer>, UsesCommonOptions {
    public static final String WORD = "RESTORE";

    private final CliContext ctx;

    /** What the run is built from; the groups below are the options this command takes. */
    final CommonOptions common = new CommonOptions();

    @Mixin
    ConnectionOptions connection = common.connection();

    @Mixin
    OutputOptions output = common.output();

    @Parameters(index = "0", paramLabel = "FILE", description = "the backup file")
    String file;

    @Option(names = "--confirm", paramLabel = "WORD", description = "confirm replacing a non-empty database: --confirm RESTORE")
    String confirm;

    @Option(names = "--json", description = "print the restore (file, tables, verified row counts) as one JSON document")
    boolean json;

    public RestoreCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Settings settings = new SettingsResolver(ctx).resolveTarget(common);
        RestoreResult r = new RestoreUseCase(settings.context(ctx)).run(settings.url(), settings.schemaName(), ctx.resolve(file),
                this::confirmReplace, RunProgress.of(ctx, common));
        if (json) {
            ctx.out().println(RunJson.restore(settings.url().masked(), r, ctx.workDir()));
        } else {
            new BackupText(ctx.workDir(), ctx.out()).restored(r);
        }
        return ExitCode.OK;
    }

    private boolean confirmReplace(Schema existing) {
        if (confirm != null) {
            if (!confirm.equals(WORD)) {
                throw SyncdbException.error("--confirm must be exactly " + WORD);
            }
            return true;
        }
        if (!ctx.prompt().interactive()) {
            return false;
        }
        new BackupText(ctx.workDir(), json ? ctx.err() : ctx.out()).replacing(existing.tables().size());
        String answer = ctx.prompt().ask("Type " + WORD + " to replace it: ");
        return answer != null && answer.strip().equals(WORD);
    }

    @Override
    public CommonOptions common() {
        return common;
    }
}
