package dev.syncdb.postgres;

import dev.syncdb.dialect.BackupResult;
import dev.syncdb.model.Column;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;
import dev.syncdb.model.Unsupported;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The built-in PostgreSQL dump, for when no {@code pg_dump} of a matching version is at hand: one
 * zip with the DDL of the managed namespace (or of all of them, {@link dev.syncdb.dialect.Namespaces}) written by our own renderer ({@code schema.sql}, then
 * {@code constraints.sql} for the foreign keys), every table's rows through PgJDBC's CopyManager in
 * COPY text format ({@code data/NNNN.copy}), the sequence values ({@code sequences.sql}) and a
 * manifest. Everything is read in one REPEATABLE READ, READ ONLY transaction: one consistent snapshot.
 */
final class PgBuiltinDump {
    static final String METHOD = "built-in dump";
    static final String SCHEMA_SQL = "schema.sql";
    static final String CONSTRAINTS_SQL = "constraints.sql";
    static final String SEQUENCES_SQL = "sequences.sql";

    private final Connection connection;
    private final String schemaName;

    PgBuiltinDump(Connection connection, String schemaName) {
        this.connection = connection;
        this.schemaName = schemaName;
    }

    BackupResult write(Path out, String serverVersion) throws SQLException, IOException {
        connection.setAutoCommit(false);
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(
                Files.newOutputStream(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)))) {
            execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            execute("SET LOCAL DateStyle = 'ISO, MDY'");
            execute("SET LOCAL IntervalStyle = 'postgres'");
            execute("SET LOCAL extra_float_digits = 3");
            Schema schema = new PostgresInspector().inspect(connection, schemaName);
            PgSchemaDdl ddl = new PgSchemaDdl(schema);
            text(zip, SCHEMA_SQL, header(serverVersion) + ddl.objects());
            List<PgDumpManifest.TableData> tables = data(zip, schema);
            text(zip, CONSTRAINTS_SQL, ddl.foreignKeys());
            text(zip, SEQUENCES_SQL, PgSequenceValues.readAll(connection, schemaName));
            zip.putNextEntry(new ZipEntry(PgDumpManifest.ENTRY));
            new PgDumpManifest(serverVersion, schemaName, Instant.now().toString(), tables).write(zip);
            zip.closeEntry();
            connection.commit();
            return result(out, tables, schema);
        } finally {
            rollbackQuietly();
            connection.setAutoCommit(true);
        }
    }

    private List<PgDumpManifest.TableData> data(ZipOutputStream zip, Schema schema) throws SQLException, IOException {
        CopyManager copy = new CopyManager(connection.unwrap(BaseConnection.class));
        List<PgDumpManifest.TableData> out = new ArrayList<>();
        for (Table t : schema.tables()) {
            if (t.options().containsKey(PgPartitions.PARTITION_BY)) {
                continue; // a partitioned table holds no rows of its own: they are copied with its partitions
            }
            String entry = String.format("data/%04d.copy", out.size() + 1);
            String columns = PgPartitions.allColumns(t, schema).stream().filter(c -> c.generated() == null)
                    .map(Column::name).map(PostgresQuote::always).collect(Collectors.joining(", "));
            MessageDigest sha = sha256();
            zip.putNextEntry(new ZipEntry(entry));
            long rows = copy.copyOut("COPY " + qualified(t.name()) + " (" + columns + ") TO STDOUT",
                    new DigestOutputStream(new KeepOpen(zip), sha));
            zip.closeEntry();
            out.add(new PgDumpManifest.TableData(t.name(), entry, columns, rows, HexFormat.of().formatHex(sha.digest())));
        }
        return out;
    }

    private String qualified(String table) {
        return PgNamespaces.fullyQualified(schemaName, table);
    }

    private static BackupResult result(Path out, List<PgDumpManifest.TableData> tables, Schema schema) throws IOException {
        Map<String, Long> rows = new LinkedHashMap<>();
        tables.forEach(t -> rows.put(t.name(), t.rows()));
        List<String> notes = new ArrayList<>();
        if (!schema.unsupported().isEmpty()) {
            notes.add("not in the built-in dump (syncdb does not manage them; install pg_dump "
                    + "of the server's version for a complete backup): " + schema.unsupported().stream()
                    .map(u -> u.kind() + " " + u.name()).limit(10).collect(Collectors.joining(", "))
                    + (schema.unsupported().size() > 10 ? ", ..." : ""));
        }
        return new BackupResult(out, Files.size(out), rows, METHOD, notes);
    }

    private String header(String serverVersion) {
        boolean several = dev.syncdb.dialect.Namespaces.several(schemaName);
        return "-- syncdb built-in dump of schema" + (several ? "s " : " ") + dev.syncdb.dialect.Namespaces.display(schemaName)
                + " (" + serverVersion + ")\n-- Run with search_path set to the " + (several ? "first " : "")
                + "target schema" + (several ? ", the others existing" : "") + "; foreign keys are in " + CONSTRAINTS_SQL + ".\n\n";
    }

    private static void text(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private void execute(String sql) throws SQLException {
        try (java.sql.Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // nothing open, or the connection is gone
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** A stream that passes writes through but does not close the zip under it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
