package dev.syncdb.engine.backup;

import dev.syncdb.dialect.DialectContext;
import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.Namespaces;
import dev.syncdb.dialect.OwnerOnlyFiles;
import dev.syncdb.dialect.RestoreResult;
import dev.syncdb.engine.apply.ApplyProgress;
import dev.syncdb.engine.session.RunState;
import dev.syncdb.engine.session.Session;
import dev.syncdb.model.Schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.Predicate;

/**
 * Loads a backup into a database. An empty target is restored at once; a target that holds
 * managed objects is restored only when {@code confirmReplace} agrees (its objects are dropped
 * first), else the restore is refused (exit 3) and nothing is changed.
 */
public final class RestoreUseCase {
    private final DialectContext context;

    /** A use case whose dialects work in the process's own environment. */
    public RestoreUseCase() {
        this(DialectContext.system());
    }

    /** A use case whose dialects work in {@code context} (environment, user, warnings). */
    public RestoreUseCase(DialectContext context) {
        this.context = context;
    }

    public RestoreResult run(DatabaseUrl url, String schemaName, Path file, Predicate<Schema> confirmReplace) {
        return run(url, schemaName, file, confirmReplace, ApplyProgress.NONE);
    }

    /** The same, the restore (after any confirmation) seen by {@code progress} as one step. */
    public RestoreResult run(DatabaseUrl url, String schemaName, Path file, Predicate<Schema> confirmReplace,
                             ApplyProgress progress) {
        if (!Files.isRegularFile(file)) {
            throw SyncdbException.error("backup file not found: " + file);
        }
        refuseIfOthersCanWrite(file);
        try (Session s = Session.open(url, schemaName, true, context)) {
            Schema existing = inspectAll(s);
            boolean replace = !existing.isEmpty();
            if (replace && !confirmReplace.test(existing)) {
                throw new SyncdbException(SyncdbException.REFUSED, "refused: " + s.target() + " (schema "
                        + Namespaces.display(s.namespaces()) + ") is not empty (" + existing.tables().size() + " tables); nothing was"
                        + " changed. Restore into an empty database, or confirm replacing it (--confirm RESTORE).");
            }
            RunState.changing(s.connection(), "the restore may have stopped part-way; restore again from " + file);
            progress.started("Restore", 1);
            progress.step(0, "restore of " + file.getFileName());
            boolean done = false;
            try {
                RestoreResult r = s.dialect().backupProvider().restore(s.connection(), s.url(), s.namespaces(), file, replace);
                done = true;
                return r;
            } catch (SQLException | IOException e) {
                throw new SyncdbException(SyncdbException.ERROR, "restore of " + file + " failed: "
                        + Session.oneLine(e.getMessage()), e);
            } finally {
                progress.finished(done);
            }
        }
    }

    /**
     * A restore runs what the backup holds, so a backup file that other users can change is refused
     * (exit 3) as database tools refuse such password files: whoever can write it chooses the SQL run.
     */
    static void refuseIfOthersCanWrite(Path file) {
        try {
            OwnerOnlyFiles.writableByOthers(file).ifPresent(mode -> {
                throw new SyncdbException(SyncdbException.REFUSED, "refused: the backup file " + file
                        + " can be changed by other users (mode " + mode + "), and a restore runs what it holds;"
                        + " nothing was changed. If you trust its content, make it owner-only (chmod 600) and restore again.");
            });
        } catch (IOException e) {
            throw SyncdbException.error("cannot read the permissions of " + file + ": " + Session.oneLine(e.getMessage()));
        }
    }

    /** Every managed object, syncdb's own tables included (they are restored too). */
    private static Schema inspectAll(Session s) {
        try {
            return s.dialect().inspector().inspect(s.connection(), s.namespaces());
        } catch (SQLException e) {
            throw SyncdbException.error("cannot inspect " + s.target() + ": " + Session.oneLine(e.getMessage()));
        }
    }
}
