package dev.syncdb.postgres;

import dev.syncdb.dialect.BackupResult;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.Namespaces;
import dev.syncdb.dialect.RestoreResult;
import dev.syncdb.model.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backups through {@code pg_dump} (custom format) and restores through {@code pg_restore}, of the
 * managed namespace or of every one a run manages ({@link Namespaces}: one {@code --schema} each). Row
 * counts are read in a REPEATABLE READ transaction whose snapshot pg_dump reuses
 * ({@code --snapshot}), so they describe exactly what the file holds.
 */
final class PgToolBackup {
    /** The first bytes of a pg_dump custom-format file. */
    static final byte[] MAGIC = "PGDMP".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Connection connection;
    private final String schemaName;
    private final PgDumpTool tool;

    PgToolBackup(Connection connection, String schemaName, PgDumpTool tool) {
        this.connection = connection;
        this.schemaName = schemaName;
        this.tool = tool;
    }

    BackupResult write(DatabaseUrl url, Path out) throws SQLException, IOException {
        connection.setAutoCommit(false);
        try {
            execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            String snapshot = single("SELECT pg_export_snapshot()");
            Map<String, Long> rows = rowCounts();
            tool.dump(url, Namespaces.split(schemaName), snapshot, out);
            connection.commit();
            return new BackupResult(out, Files.size(out), rows, tool.method(), List.of());
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    /** Restores with pg_restore after dropping the managed objects when {@code replace}. */
    RestoreResult load(DatabaseUrl url, Path file, boolean replace) throws SQLException, IOException {
        if (replace) {
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                st.execute(PgSchemaDdl.dropAll(new PostgresInspector().inspect(connection, schemaName)));
                connection.commit();
            } finally {
                connection.setAutoCommit(true);
            }
        }
        for (String ns : Namespaces.split(schemaName)) {
            execute("CREATE SCHEMA IF NOT EXISTS " + PostgresQuote.always(ns));
        }
        try {
            tool.restore(url, Namespaces.split(schemaName), file);
        } catch (IOException e) {
            throw new IOException(e.getMessage() + (replace ? " (the objects it replaces had been dropped; the schema is"
                    + " now empty: restore again when the cause is fixed)" : " (rolled back)"), e);
        }
        return new RestoreResult(file, rowCounts(), tool.method().replace("pg_dump", "pg_restore"));
    }

    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Table t : new PostgresInspector().inspect(connection, schemaName).tables()) {
            rows.put(t.name(), Long.parseLong(single("SELECT count(*) FROM " + PgNamespaces.fullyQualified(schemaName, t.name()))));
        }
        return rows;
    }

    private String single(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }
}
