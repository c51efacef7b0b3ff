package dev.syncdb.postgres;

import dev.syncdb.testkit.PgServer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows of every table (and partition) of a database's {@code public} schema, each row a map of
 * column name (in name order) to the value as the server prints it, so a test can check that a schema change kept
 * every row: {@link #lostFrom} compares two snapshots on the columns both have.
 */
record TableContents(Map<String, List<Map<String, String>>> tables) {

    private static final String TABLES = """
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname
            """;

    /** Reads every ordinary table and partition of {@code public} (partitioned parents hold no rows). */
    static TableContents read(PgServer server, String db) throws SQLException {
        Map<String, List<Map<String, String>>> out = new TreeMap<>();
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(TABLES)) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                out.put(name, rows(st, name));
            }
        }
        return new TableContents(out);
    }

    private static List<Map<String, String>> rows(Statement st, String table) throws SQLException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT * FROM ONLY public.\"" + table.replace("\"", "\"\"") + "\"")) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                Map<String, String> row = new TreeMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnName(i), rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Total number of rows. */
    long rowCount() {
        return tables.values().stream().mapToLong(List::size).sum();
    }

    /**
     * How {@code after} lost data of this snapshot: tables that are gone, and tables whose rows,
     * compared on the columns both snapshots have, differ. Empty when every row was kept.
     */
    List<String> lostFrom(TableContents after) {
        List<String> problems = new ArrayList<>();
        tables.forEach((table, rows) -> {
            List<Map<String, String>> now = after.tables().get(table);
            if (now == null) {
                problems.add("table " + table + " (" + rows.size() + " rows) is gone");
                return;
            }
            List<String> before = project(rows, now);
            List<String> kept = project(now, rows);
            if (!before.equals(kept)) {
                problems.add("table " + table + ": " + rows.size() + " rows before, " + now.size()
                        + " after; rows before " + before + ", after " + kept);
            }
        });
        return problems;
    }

    /** The rows as sorted text, on the columns the other side's rows also have. */
    private static List<String> project(List<Map<String, String>> rows, List<Map<String, String>> other) {
        java.util.Set<String> columns = other.isEmpty() ? null : other.get(0).keySet();
        return rows.stream().map(r -> {
            StringBuilder sb = new StringBuilder("(");
            r.forEach((k, v) -> {
                if (columns == null || columns.contains(k)) {
                    sb.append(k).append('=').append(v).append(' ');
                }
            });
            return sb.append(')').toString();
        }).sorted().toList();
    }
}
