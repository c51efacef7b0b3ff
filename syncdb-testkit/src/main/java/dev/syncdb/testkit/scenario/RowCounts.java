package dev.syncdb.testkit.scenario;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The number of rows of every table of a scenario database, read over plain JDBC (the tables the
 * driver lists as {@code TABLE} in the connection's catalog and schema), to check that applying a
 * change kept the rows of the tables it kept.
 */
public final class RowCounts {

    private RowCounts() {
    }

    /** Table name to row count. */
    public static SortedMap<String, Long> of(ScenarioDatabases dbs, String handle) {
        SortedMap<String, Long> out = new TreeMap<>();
        try (Connection c = dbs.connect(handle)) {
            String quote = c.getMetaData().getIdentifierQuoteString().strip();
            for (String table : tables(c.getMetaData(), c.getCatalog(), c.getSchema())) {
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT count(*) FROM " + quote + table.replace(quote, quote + quote) + quote)) {
                    rs.next();
                    out.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the rows of " + handle + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static List<String> tables(DatabaseMetaData md, String catalog, String schema) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = md.getTables(catalog, schema, "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!dev.syncdb.engine.session.Session.OWN_TABLES.contains(name)) {
                    out.add(name); // syncdb's history (the apply journal on MySQL) grows with each run by design
                }
            }
        }
        return out;
    }
}
