package dev.syncdb.engine.backup;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.BackupProvider;
import dev.syncdb.dialect.BackupResult;
import dev.syncdb.dialect.DialectContext;
import dev.syncdb.dialect.OwnerOnlyFiles;
import dev.syncdb.engine.apply.ApplyProgress;
import dev.syncdb.engine.session.Session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/**
 * Where and how to take a backup: into {@code file} when given, else into a new file named
 * {@code <dbname>-<UTC timestamp>.<ext>} in {@code directory}; {@code onTaken} sees the result as
 * soon as it exists (the command line reports it before the plan runs). A backup holds every row, so
 * its file is created owner-only (0600) before anything is written into it, folders created for it
 * are owner-only (0700), the backup folder gets a {@code .gitignore} of {@code *}, and a backup that
 * git would not ignore (inside a work tree) is reported as a warning. {@code progress} sees the backup
 * run as one step (a large database takes a while).
 */
public record Backup(Path directory, Path file, Clock clock, Consumer<BackupResult> onTaken, ApplyProgress progress) {
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    public Backup {
        clock = clock == null ? Clock.systemUTC() : clock;
        onTaken = onTaken == null ? r -> { } : onTaken;
        progress = progress == null ? ApplyProgress.NONE : progress;
    }

    public Backup(Path directory, Path file, Clock clock, Consumer<BackupResult> onTaken) {
        this(directory, file, clock, onTaken, null);
    }

    /** The same backup, its run seen by {@code p}. */
    public Backup withProgress(ApplyProgress p) {
        return new Backup(directory, file, clock, onTaken, p);
    }

    /** A backup into a new time-stamped file in {@code directory}. */
    public static Backup into(Path directory, Consumer<BackupResult> onTaken) {
        return new Backup(directory, null, null, onTaken);
    }

    /** Writes the backup of the session's namespace; any failure is a one-line error naming the file. */
    public BackupResult take(Session s) {
        BackupProvider provider = s.dialect().backupProvider();
        Path out = file != null ? file : directory.resolve(fileName(provider, s));
        if (Files.exists(out)) {
            throw SyncdbException.error("backup file " + out + " exists already: choose another name");
        }
        try {
            prepare(out, file == null, s.context());
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw SyncdbException.error("backup file " + out + " exists already: choose another name");
        } catch (IOException e) {
            throw new SyncdbException(SyncdbException.ERROR, "backup to " + out + " failed: " + describe(e), e);
        }
        progress.started("Backup", 1);
        progress.step(0, "backup into " + out.getFileName());
        boolean done = false;
        try {
            BackupResult result = provider.backup(s.connection(), s.url(), s.namespaces(), out);
            done = true;
            progress.finished(true);
            onTaken.accept(result);
            return result;
        } catch (IOException | SQLException | RuntimeException e) {
            if (!done) {
                progress.finished(false);
            }
            deleteQuietly(out);
            String why = e instanceof SyncdbException ? e.getMessage() : describe(e);
            throw new SyncdbException(SyncdbException.ERROR, "backup to " + out + " failed: " + why, e);
        }
    }

    private String fileName(BackupProvider provider, Session s) {
        String stamp = STAMP.format(clock.instant());
        String base = provider.databaseName(s.url()).replaceAll("[^A-Za-z0-9._-]", "_") + "-" + stamp;
        String name = base + "." + provider.extension();
        for (int i = 2; Files.exists(directory.resolve(name)); i++) {
            name = base + "-" + i + "." + provider.extension();
        }
        return name;
    }

    private static void prepare(Path out, boolean ownFolder, DialectContext context) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            OwnerOnlyFiles.createDirectories(parent);
            if (ownFolder) {
                ignoreInGit(parent);
            }
        }
        OwnerOnlyFiles.createFile(out);
        GitExposure.exposedIn(out).ifPresent(root -> context.warn("the backup " + out + " is inside the git work tree "
                + root + " and git does not ignore it: a commit would publish every row of the database. Add it to"
                + " .gitignore, or keep backups outside the repository (--backup-dir, --out)."));
    }

    /** The backup folder never belongs in version control: it gets a .gitignore that ignores it all. */
    static void ignoreInGit(Path folder) throws IOException {
        Path ignore = folder.resolve(".gitignore");
        if (!Files.exists(ignore)) {
            Files.writeString(ignore, "# syncdb's backups hold every row of the database: never commit them\n*\n");
        }
    }

    private static String describe(Exception e) {
        String kind = e instanceof java.nio.file.AccessDeniedException ? "permission denied: "
                : e instanceof java.nio.file.FileSystemException ? "cannot write: " : "";
        return kind + Session.oneLine(e.getMessage() == null ? e.toString() : e.getMessage());
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the partial file stays; the error message names it
        }
    }
}
