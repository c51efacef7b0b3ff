package dev.syncdb.dialect;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A dialect's bulk catalog queries for one namespace: each query is an {@code .sql} resource under
 * {@code sql/} next to the dialect's anchor class (one query per object kind), run with one syntax
 * in every dialect. Every {@code ?} is bound to the namespace name; every {@code {{NAME}}} is
 * replaced by the text the dialect gives for NAME (a server-dependent column, a quoted
 * identifier); whole-line {@code --} comments are dropped before the query runs.
 */
public final class CatalogQuery {
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();
    /** Texts up to this length are shared between rows: names and types, not definitions. */
    private static final int SHARED_TEXT_LENGTH = 64;

    /** What to do with each row. */
    public interface Rows {
        void row(ResultSet rs) throws SQLException;
    }

    private final Class<?> anchor;
    private final Connection connection;
    private final String schema;
    private final Map<String, String> substitutions;

    /**
     * Queries of the dialect whose classes {@code anchor} belongs to, run on {@code connection} for
     * namespace {@code schema}, with {@code substitutions} filling the {@code {{NAME}}} placeholders.
     */
    public CatalogQuery(Class<?> anchor, Connection connection, String schema, Map<String, String> substitutions) {
        this.anchor = anchor;
        this.connection = connection;
        this.schema = schema;
        this.substitutions = Map.copyOf(substitutions);
    }

    /** The namespace the queries read. */
    public String schema() {
        return schema;
    }

    /** The connection the queries run on. */
    public Connection connection() {
        return connection;
    }

    /** Runs query {@code name} (without ".sql") and hands every row to {@code rows}. */
    public void run(String name, Rows rows) throws SQLException {
        String sql = sql(name);
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int params = (int) sql.chars().filter(ch -> ch == '?').count();
            for (int i = 1; i <= params; i++) {
                ps.setString(i, schema);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.row(rs);
                }
            }
        } catch (SQLException e) {
            throw new SQLException("catalog query " + name + ".sql failed: " + e.getMessage(), e.getSQLState(), e);
        }
    }

    /**
     * Runs query {@code name} and returns its rows, each an unmodifiable map keyed by column label in
     * column order. Equal short texts and numbers of one result are one object (a table's name
     * repeats on each of its column rows), so a large schema's rows take little memory.
     */
    public List<Map<String, Object>> rows(String name) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        CatalogRow.Layout[] layout = {null};
        Map<Object, Object> shared = new HashMap<>();
        run(name, rs -> {
            if (layout[0] == null) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> labels = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    labels.add(md.getColumnLabel(i));
                }
                layout[0] = new CatalogRow.Layout(labels);
            }
            int n = layout[0].width();
            Object[] values = new Object[n];
            for (int i = 0; i < n; i++) {
                values[i] = shared(shared, rs.getObject(i + 1));
            }
            out.add(new CatalogRow(layout[0], values));
        });
        return out;
    }

    /** The one instance of an equal short text or number already read in this result, else {@code v}. */
    private static Object shared(Map<Object, Object> seen, Object v) {
        if (v instanceof String s && s.length() <= SHARED_TEXT_LENGTH || v instanceof Number) {
            Object first = seen.putIfAbsent(v, v);
            return first == null ? v : first;
        }
        return v;
    }

    /** The text of query {@code name} as it is sent: comments dropped, placeholders filled in. */
    String sql(String name) {
        String sql = TEXTS.computeIfAbsent(anchor.getPackageName() + "/" + name, k -> load(name));
        for (Map.Entry<String, String> e : substitutions.entrySet()) {
            sql = sql.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        return sql;
    }

    private String load(String name) {
        return CatalogResource.read(anchor, "sql/" + name + ".sql").replaceAll("(?m)^\\s*--.*$", "");
    }

    /** A SQL array column as a Java array (empty when NULL). */
    public static Object[] array(ResultSet rs, String column) throws SQLException {
        Array a = rs.getArray(column);
        return a == null ? new Object[0] : (Object[]) a.getArray();
    }

    /** A nullable bigint column. */
    public static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** A nullable integer column (null too when the value does not fit an int). */
    public static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() || v > Integer.MAX_VALUE ? null : (int) v;
    }

    /** A text column with "" read as null. */
    public static String textOrNull(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null || s.isEmpty() ? null : s;
    }

    /** A value of a row from {@link #rows} as text (null stays null). */
    public static String text(Map<String, Object> row, String key) {
        Object v = row.get(key);
        return v == null ? null : v.toString();
    }

    /** A value of a row from {@link #rows} as an int (null reads as 0). */
    public static int number(Map<String, Object> row, String key) {
        Object v = row.get(key);
        return v == null ? 0 : ((Number) v).intValue();
    }
}
