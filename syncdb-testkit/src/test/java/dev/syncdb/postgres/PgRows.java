package dev.syncdb.postgres;

import dev.syncdb.testkit.PgServer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads query results as text rows, so tests can compare data before and after a change. */
final class PgRows {

    private PgRows() {
    }

    /** The rows of {@code sql} on {@code db}, every value as the server prints it (null stays null). */
    static List<List<String>> query(PgServer server, String db, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = server.connect(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static long count(PgServer server, String db, String table) throws SQLException {
        return Long.parseLong(query(server, db, "SELECT count(*) FROM " + table).get(0).get(0));
    }

    /** The first value of the first row of {@code sql}, as the server prints it. */
    static String one(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
