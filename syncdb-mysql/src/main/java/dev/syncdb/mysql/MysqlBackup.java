package dev.syncdb.mysql;

import dev.syncdb.dialect.BackupProvider;
import dev.syncdb.dialect.BackupResult;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.RestoreResult;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;
import dev.syncdb.model.View;
import dev.syncdb.sql.SqlChunk;
import dev.syncdb.sql.SqlSplitter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL backups by a built-in dump: one SQL file with the tables as {@code SHOW CREATE TABLE} prints
 * them, every row as INSERT statements read in one consistent snapshot
 * ({@code START TRANSACTION WITH CONSISTENT SNAPSHOT}), then the views; foreign-key checks are off
 * while it loads. The file's header lists each table's row count, which restore verifies.
 */
final class MysqlBackup implements BackupProvider {
    static final String METHOD = "built-in dump";
    private static final Pattern ROWS = Pattern.compile("^-- rows (`(?:[^`]|``)+`) (\\d+)$", Pattern.MULTILINE);
    private static final int ROWS_PER_INSERT = 100;

    @Override
    public String extension() {
        return "sql";
    }

    @Override
    public String databaseName(DatabaseUrl url) {
        String db = MysqlConnector.database(url);
        return db == null ? "mysql" : db;
    }

    @Override
    public BackupResult backup(Connection c, DatabaseUrl url, String schemaName, Path out) throws SQLException, IOException {
        Schema schema = new MysqlInspector().inspect(c, schemaName);
        Map<String, Long> counts = new LinkedHashMap<>();
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".syncdb-dump-", ".tmp");
        dev.syncdb.dialect.OwnerOnlyFiles.restrict(tmp, false);
        try (Statement st = c.createStatement()) {
            st.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT");
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write("SET FOREIGN_KEY_CHECKS=0;\n");
                for (Table t : schema.tables()) {
                    w.write(showCreate(st, schemaName, t.name()) + ";\n");
                    counts.put(t.name(), MysqlRows.dump(c, schemaName, t, w, ROWS_PER_INSERT));
                }
                for (View v : viewOrder(schema.views())) {
                    w.write("CREATE VIEW " + MysqlQuote.ident(v.name()) + " AS " + v.definition().strip() + ";\n");
                }
                w.write("SET FOREIGN_KEY_CHECKS=1;\n");
            }
        } finally {
            try (Statement st = c.createStatement()) {
                st.execute("COMMIT");
            }
        }
        writeWithHeader(tmp, out, schemaName, counts);
        return new BackupResult(out, Files.size(out), counts, METHOD, List.of());
    }

    private static void writeWithHeader(Path body, Path out, String db, Map<String, Long> counts) throws IOException {
        StringBuilder head = new StringBuilder("-- syncdb " + METHOD + " of database " + MysqlQuote.ident(db) + "\n");
        counts.forEach((t, n) -> head.append("-- rows ").append(MysqlQuote.ident(t)).append(' ').append(n).append('\n'));
        try (var o = Files.newOutputStream(out, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
            o.write(head.toString().getBytes(StandardCharsets.UTF_8));
            Files.copy(body, o);
        } finally {
            Files.deleteIfExists(body);
        }
    }

    private static String showCreate(Statement st, String db, String table) throws SQLException {
        try (ResultSet rs = st.executeQuery("SHOW CREATE TABLE " + MysqlQuote.ident(db) + "." + MysqlQuote.ident(table))) {
            rs.next();
            return rs.getString(2);
        }
    }

    /** Views with the views they read first. */
    private static List<View> viewOrder(List<View> views) {
        List<View> out = new ArrayList<>();
        List<View> left = new ArrayList<>(views);
        while (!left.isEmpty()) {
            View next = left.stream().filter(v -> v.dependsOn().stream().noneMatch(d -> left.stream()
                    .anyMatch(o -> o != v && o.name().equals(d)))).findFirst().orElse(left.get(0));
            out.add(next);
            left.remove(next);
        }
        return out;
    }

    @Override
    public RestoreResult restore(Connection c, DatabaseUrl url, String schemaName, Path file, boolean replace)
            throws SQLException, IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Map<String, Long> expected = expectedRows(text, file);
        try (Statement st = c.createStatement()) {
            st.execute("USE " + MysqlQuote.ident(schemaName));
            st.execute("SET FOREIGN_KEY_CHECKS=0");
            if (replace) {
                dropAll(st, new MysqlInspector().inspect(c, schemaName));
            }
            for (SqlChunk chunk : new SqlSplitter(new MysqlDialect().splitOptions()).split(text)) {
                st.execute(chunk.sql());
            }
        } finally {
            try (Statement st = c.createStatement()) {
                st.execute("SET FOREIGN_KEY_CHECKS=1");
            }
        }
        Map<String, Long> loaded = new LinkedHashMap<>();
        for (String t : expected.keySet()) {
            loaded.put(t, MysqlRows.count(c, schemaName, t));
        }
        if (!loaded.equals(expected)) {
            throw new SQLException("restored row counts " + loaded + " differ from the backup's " + expected);
        }
        return new RestoreResult(file, loaded, METHOD);
    }

    private static Map<String, Long> expectedRows(String text, Path file) throws IOException {
        if (!text.startsWith("-- syncdb " + METHOD)) {
            throw new IOException(file + " is not a syncdb MySQL backup");
        }
        Map<String, Long> out = new LinkedHashMap<>();
        Matcher m = ROWS.matcher(text);
        while (m.find()) {
            String q = m.group(1);
            out.put(q.substring(1, q.length() - 1).replace("``", "`"), Long.parseLong(m.group(2)));
        }
        return out;
    }

    private static void dropAll(Statement st, Schema s) throws SQLException {
        for (View v : s.views()) {
            st.execute("DROP VIEW IF EXISTS " + MysqlQuote.ident(v.name()));
        }
        for (Table t : s.tables()) {
            st.execute("DROP TABLE IF EXISTS " + MysqlQuote.ident(t.name()));
        }
    }
}
