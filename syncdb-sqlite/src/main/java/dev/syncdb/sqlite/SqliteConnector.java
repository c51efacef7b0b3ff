package dev.syncdb.sqlite;

import dev.syncdb.dialect.DatabaseUrl;
import org.sqlite.SQLiteConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * How this dialect reaches a SQLite database: the file (or in-memory database) a URL names, and
 * sqlite-jdbc connections with foreign keys enforced and a bounded wait for a locked database.
 */
public final class SqliteConnector {
    static final String MEMORY = ":memory:";

    private SqliteConnector() {
    }

    /**
     * The database file a URL names, or ":memory:". {@code sqlite:///abs} arrives as an empty host
     * and path "abs", and means the absolute path "/abs"; {@code sqlite:///C:/data/app.db} names the
     * Windows path "C:/data/app.db" (a drive letter gets no leading slash).
     */
    private static final java.util.regex.Pattern WINDOWS_DRIVE = java.util.regex.Pattern.compile("[A-Za-z]:[/\\\\]");

    static String location(DatabaseUrl url) {
        String path = url.path() == null ? "" : url.path();
        if (url.host() == null) {
            return path.isEmpty() ? MEMORY : path;
        }
        if (url.host().isEmpty()) {
            return WINDOWS_DRIVE.matcher(path).lookingAt() ? path : "/" + path;
        }
        return path.isEmpty() ? url.host() : url.host() + "/" + path;
    }

    /** Whether the URL names an in-memory database or a file that exists. */
    static boolean exists(DatabaseUrl url) {
        String loc = location(url);
        return loc.equals(MEMORY) || Files.exists(Path.of(loc));
    }

    /**
     * Deletes the database file (and its journal and lock files) when it holds no schema object: what
     * connecting to a missing file created, where the run then wrote nothing.
     */
    static void removeIfEmpty(DatabaseUrl url) {
        String loc = location(url);
        Path file = Path.of(loc);
        if (loc.equals(MEMORY) || !Files.isRegularFile(file)) {
            return;
        }
        try (Connection c = connect(loc); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
            if (!rs.next() || rs.getInt(1) > 0) {
                return;
            }
        } catch (SQLException e) {
            return; // unreadable: leave it as it is
        }
        for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (java.io.IOException ignored) {
                // a file we could not delete stays; the database itself is empty
            }
        }
        removeFreeLockFile(file.resolveSibling(file.getFileName() + ".syncdb-lock"));
    }

    /** Deletes the migration lock's file unless another process holds the lock on it. */
    private static void removeFreeLockFile(Path lockFile) {
        if (!Files.isRegularFile(lockFile)) {
            return;
        }
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(lockFile,
                java.nio.file.StandardOpenOption.WRITE);
             java.nio.channels.FileLock held = ch.tryLock()) {
            if (held != null) {
                Files.delete(lockFile);
            }
        } catch (java.io.IOException | java.nio.channels.OverlappingFileLockException ignored) {
            // held or unreadable: it stays
        }
    }

    /** A connection to the database the URL names (created when the file does not exist). */
    static Connection connect(DatabaseUrl url) throws SQLException {
        return connect(location(url));
    }

    /** A connection to a database file, or to a new private in-memory database for ":memory:". */
    static Connection connect(String location) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + location, config().toProperties());
    }

    /** The connection settings: foreign keys enforced, a bounded wait for a locked database. */
    public static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        return config;
    }
}
