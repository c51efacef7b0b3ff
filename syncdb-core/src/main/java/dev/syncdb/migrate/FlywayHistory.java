package dev.syncdb.migrate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The versions Flyway has applied, read from its {@code flyway_schema_history}: migrations written
 * in Flyway's format ({@link MigrationFormat#FLYWAY}) and run by Flyway count as applied when
 * syncdb generates the next one against the live database.
 */
public final class FlywayHistory {
    private FlywayHistory() {
    }

    /**
     * The successful versions in Flyway's history table in {@code schema} (null = default), compared
     * as versions ({@code 1.1} = {@code 1_1}); empty when {@code tables} (the namespace's table
     * names) hold no such table.
     */
    public static Set<Version> appliedVersions(Connection c, String schema, UnaryOperator<String> quote,
                                               Iterable<String> tables) throws SQLException {
        String table = null;
        for (String t : tables) {
            if (t.equalsIgnoreCase("flyway_schema_history")) {
                table = t;
            }
        }
        Set<Version> out = new TreeSet<>();
        if (table == null) {
            return out;
        }
        String from = (schema == null ? "" : quote.apply(schema) + ".") + quote.apply(table);
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT version, success FROM " + from)) {
            while (rs.next()) {
                String v = rs.getString(1);
                if (v != null && rs.getBoolean(2) && Version.valid(v)) {
                    out.add(new Version(v));
                }
            }
        }
        return out;
    }
}
