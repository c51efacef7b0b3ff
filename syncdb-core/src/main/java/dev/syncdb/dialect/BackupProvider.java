package dev.syncdb.dialect;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A dialect's way to write a full backup (schema and data) of a managed namespace to one file and
 * to load such a file back. Implementations choose the best method available (an external tool of
 * a matching version, or a built-in dump over JDBC) and say in the result which one they used.
 */
public interface BackupProvider {

    /** The file name extension of this dialect's backups, without the dot ("dump", "db"). */
    String extension();

    /** The database's name for backup file names: the database, or the file name without extension. */
    String databaseName(DatabaseUrl url);

    /**
     * Writes a backup of namespace {@code schemaName} (every managed namespace, {@link Namespaces joined},
     * for a dialect that manages several) into {@code out}, an empty file the caller created
     * owner-only: write into that file (never replace it, which would lose its permissions). The
     * connection is left as it was found (autocommit on, no open transaction).
     */
    BackupResult backup(Connection connection, DatabaseUrl url, String schemaName, Path out)
            throws SQLException, IOException;

    /**
     * Loads a backup into namespace {@code schemaName} (or the several joined, as for {@link #backup}).
     * The caller has checked that the namespace is
     * empty or that the user confirmed replacing it; with {@code replace} the managed objects found
     * there are dropped first. Row counts are verified against the backup's own.
     */
    RestoreResult restore(Connection connection, DatabaseUrl url, String schemaName, Path file, boolean replace)
            throws SQLException, IOException;
}
