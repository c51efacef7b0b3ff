package dev.syncdb.sqlite;

import dev.syncdb.dialect.BackupProvider;
import dev.syncdb.dialect.BackupResult;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.RestoreResult;
import dev.syncdb.model.Table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SQLite backups: {@code VACUUM INTO} writes a consistent, compact copy of the database file (a
 * valid SQLite database, openable by any tool); restore copies a backup file into the target
 * through SQLite's online backup API ({@code restore from} in sqlite-jdbc). Row counts are read
 * from the copy itself, so they describe what the file holds.
 */
final class SqliteBackup implements BackupProvider {
    static final String VACUUM = "VACUUM INTO";
    static final String RESTORE = "online backup API";
    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    @Override
    public String extension() {
        return "db";
    }

    @Override
    public String databaseName(DatabaseUrl url) {
        String loc = SqliteConnector.location(url);
        if (loc.equals(SqliteConnector.MEMORY)) {
            return "memory";
        }
        String name = Path.of(loc).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    @Override
    public BackupResult backup(Connection connection, DatabaseUrl url, String schemaName, Path out)
            throws SQLException, IOException {
        try (Statement st = connection.createStatement()) {
            st.execute("VACUUM " + SqliteQuote.ident(schemaName) + " INTO " + literal(out.toAbsolutePath().toString()));
        }
        return new BackupResult(out, Files.size(out), rowCounts(out), VACUUM, List.of());
    }

    @Override
    public RestoreResult restore(Connection connection, DatabaseUrl url, String schemaName, Path file, boolean replace)
            throws SQLException, IOException {
        requireSqliteFile(file);
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("restore " + schemaName + " from \"" + file.toAbsolutePath() + "\"");
        }
        Map<String, Long> expected = rowCounts(file);
        Map<String, Long> loaded = rowCounts(connection, schemaName);
        if (!loaded.equals(expected)) {
            throw new SQLException("restored row counts " + loaded + " differ from the backup's " + expected);
        }
        return new RestoreResult(file, loaded, RESTORE);
    }

    private static void requireSqliteFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            if (!Arrays.equals(in.readNBytes(HEADER.length), HEADER)) {
                throw new IOException(file + " is not an SQLite database file");
            }
        }
    }

    private static Map<String, Long> rowCounts(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            return rowCounts(c, "main");
        }
    }

    private static Map<String, Long> rowCounts(Connection c, String schemaName) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Table t : new SqliteInspector().inspect(c, schemaName).tables()) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT count(*) FROM " + SqliteQuote.ident(schemaName) + "." + SqliteQuote.ident(t.name()))) {
                rs.next();
                out.put(t.name(), rs.getLong(1));
            }
        }
        return out;
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
