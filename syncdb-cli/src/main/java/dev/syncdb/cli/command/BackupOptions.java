package dev.syncdb.cli.command;

import dev.syncdb.engine.backup.Backup;
import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.output.BackupText;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;

/** The option that says where backups go: {@code --backup-dir DIR} (default {@code backups}). */
public final class BackupOptions {

    @Option(names = "--backup-dir", paramLabel = "DIR", defaultValue = "backups",
            description = "where backups are written (default: ${DEFAULT-VALUE} in the working directory)")
    String backupDir = "backups";

    /** A backup into a new time-stamped file in the backup directory, reported on {@code out} when taken. */
    public Backup backup(CliContext ctx, PrintStream out) {
        return backup(ctx, out, "");
    }

    /** The same, reported with {@code indent} before the line. */
    public Backup backup(CliContext ctx, PrintStream out, String indent) {
        Path dir = ctx.resolve(backupDir);
        return Backup.into(dir, r -> new BackupText(ctx.workDir(), out).taken(r, indent));
    }
}
