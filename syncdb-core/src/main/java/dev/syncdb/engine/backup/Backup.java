package dev.syncdb.engine.backup;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.BackupProvider;
import dev.syncdb.dialect.BackupResult;
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
 * soon as it exists (the command line reports it before the plan runs).
 */
public record Backup(Path directory, Path file, Clock clock, Consumer<BackupResult> onTaken) {
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    public Backup {
        clock = clock == null ? Clock.systemUTC() : clock;
        onTaken = onTaken == null ? r -> { } : onTaken;
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
            prepare(out);
            BackupResult result = provider.backup(s.connection(), s.url(), s.schemaName(), out);
            onTaken.accept(result);
            return result;
        } catch (IOException | SQLException | RuntimeException e) {
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

    private static void prepare(Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
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
