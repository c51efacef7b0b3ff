package dev.syncdb.sqlite;

import dev.syncdb.dialect.CatalogResource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One named catalog query of this dialect, kept as an {@code .sql} resource next to this class,
 * run for one schema and read into rows keyed by column label.
 */
final class CatalogQuery {

    private CatalogQuery() {
    }

    static List<Map<String, Object>> run(Connection c, String name, String schema) throws SQLException {
        String sql = load(name).replace("{schemaLiteral}", SqlText.literal(schema))
                .replace("{schema}", SqlText.quote(schema));
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static String load(String name) {
        return CatalogResource.read(CatalogQuery.class, name + ".sql");
    }

    static String text(Map<String, Object> row, String key) {
        Object v = row.get(key);
        return v == null ? null : v.toString();
    }

    static int number(Map<String, Object> row, String key) {
        Object v = row.get(key);
        return v == null ? 0 : ((Number) v).intValue();
    }
}
