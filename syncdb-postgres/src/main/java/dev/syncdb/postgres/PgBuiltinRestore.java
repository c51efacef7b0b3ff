package dev.syncdb.postgres;

import dev.syncdb.dialect.Namespaces;
import dev.syncdb.dialect.RestoreResult;
import dev.syncdb.model.Schema;
import dev.syncdb.model.View;
import dev.syncdb.sql.SqlChunk;
import dev.syncdb.sql.SqlSplitter;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Loads a built-in PostgreSQL dump ({@link PgBuiltinDump}) into a namespace (or the several a run
 * manages, {@link Namespaces}, each created when missing), all in one transaction:
 * drops the managed objects first when asked to replace them, runs the DDL, loads every table with
 * {@code COPY FROM STDIN}, adds the foreign keys, sets the sequences to their values at backup time,
 * refreshes materialized views, and checks every table's row count and checksum against the
 * manifest. Any failure rolls everything back.
 */
final class PgBuiltinRestore {
    private final Connection connection;
    private final String schemaName;

    PgBuiltinRestore(Connection connection, String schemaName) {
        this.connection = connection;
        this.schemaName = schemaName;
    }

    RestoreResult load(Path file, boolean replace) throws SQLException, IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            PgDumpManifest manifest = PgDumpManifest.read(zip.getInputStream(entry(zip, PgDumpManifest.ENTRY)));
            connection.setAutoCommit(false);
            try {
                Map<String, Long> rows = loadAll(zip, manifest, replace);
                connection.commit();
                return new RestoreResult(file, rows, PgBuiltinDump.METHOD);
            } catch (SQLException | IOException e) {
                throw new IOException(e.getMessage() + " (rolled back: nothing was changed)", e);
            } finally {
                rollbackQuietly();
                connection.setAutoCommit(true);
            }
        }
    }

    private Map<String, Long> loadAll(ZipFile zip, PgDumpManifest manifest, boolean replace)
            throws SQLException, IOException {
        createMissingNamespaces();
        String first = Namespaces.first(schemaName);
        execute("SET LOCAL search_path TO " + PostgresQuote.always(first));
        execute("SET LOCAL check_function_bodies = off");
        if (replace) {
            script(PgSchemaDdl.dropAll(new PostgresInspector().inspect(connection, schemaName)));
            createMissingNamespaces();
            execute("SET LOCAL search_path TO " + PostgresQuote.always(first));
        }
        script(text(zip, PgBuiltinDump.SCHEMA_SQL));
        Map<String, Long> rows = new LinkedHashMap<>();
        CopyManager copy = new CopyManager(connection.unwrap(BaseConnection.class));
        for (PgDumpManifest.TableData t : manifest.tables()) {
            rows.put(t.name(), copyIn(copy, zip, t));
        }
        script(text(zip, PgBuiltinDump.CONSTRAINTS_SQL));
        script(text(zip, PgBuiltinDump.SEQUENCES_SQL));
        refreshMaterializedViews();
        return rows;
    }

    private long copyIn(CopyManager copy, ZipFile zip, PgDumpManifest.TableData t) throws SQLException, IOException {
        MessageDigest sha = PgBuiltinDump.sha256();
        long rows;
        try (InputStream in = new DigestInputStream(zip.getInputStream(entry(zip, t.entry())), sha)) {
            rows = copy.copyIn("COPY " + PgNamespaces.fullyQualified(schemaName, t.name()) + " (" + t.columns() + ") FROM STDIN", in);
        }
        String digest = HexFormat.of().formatHex(sha.digest());
        if (!digest.equals(t.sha256())) {
            throw new IOException("the data of table " + t.name() + " is damaged (checksum mismatch)");
        }
        if (rows != t.rows()) {
            throw new IOException("table " + t.name() + " got " + rows + " rows, the backup holds " + t.rows());
        }
        return rows;
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // nothing open after commit, or the connection is gone and the server rolled back
        }
    }

    /** Creates each managed namespace that does not exist (a replace drops those after the first). */
    private void createMissingNamespaces() throws SQLException {
        for (String ns : Namespaces.split(schemaName)) {
            try (var ps = connection.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
                ps.setString(1, ns);
                try (var rs = ps.executeQuery()) {
                    if (rs.next()) {
                        continue;
                    }
                }
            }
            execute("CREATE SCHEMA " + PostgresQuote.always(ns));
        }
    }

    private void refreshMaterializedViews() throws SQLException {
        Schema loaded = new PostgresInspector().inspect(connection, schemaName);
        for (View v : loaded.views()) {
            if (v.materialized()) {
                execute("REFRESH MATERIALIZED VIEW " + PgNamespaces.fullyQualified(schemaName, v.name()));
            }
        }
    }

    private void script(String text) throws SQLException {
        for (SqlChunk chunk : new SqlSplitter(new PostgresDialect().splitOptions()).split(text)) {
            execute(chunk.sql());
        }
    }

    private void execute(String sql) throws SQLException {
        try (java.sql.Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    private static String text(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(entry(zip, name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ZipEntry entry(ZipFile zip, String name) throws IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            throw new IOException("not a syncdb PostgreSQL dump: " + name + " is missing");
        }
        return e;
    }
}
