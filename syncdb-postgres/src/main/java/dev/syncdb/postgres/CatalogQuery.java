package dev.syncdb.postgres;

import dev.syncdb.dialect.CatalogResource;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One bulk catalog query kept as a resource under {@code dev/syncdb/postgres/sql/}, run for one
 * namespace. Each query takes the namespace name as its only parameter; {@code {{NULLS_NOT_DISTINCT}}}
 * is replaced by the pg_index column where the server has it (PostgreSQL 15+), else by NULL.
 */
final class CatalogQuery {
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    /** What to do with each row. */
    interface Rows {
        void row(ResultSet rs) throws SQLException;
    }

    private final Connection connection;
    private final String schema;
    private final int serverMajor;

    CatalogQuery(Connection connection, String schema) throws SQLException {
        this.connection = connection;
        this.schema = schema;
        this.serverMajor = connection.getMetaData().getDatabaseMajorVersion();
    }

    String schema() {
        return schema;
    }

    /** Runs query {@code name} (without ".sql") and hands every row to {@code rows}. */
    void run(String name, Rows rows) throws SQLException {
        String sql = text(name).replace("{{NULLS_NOT_DISTINCT}}",
                serverMajor >= 15 ? "i.indnullsnotdistinct" : "NULL::boolean");
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.row(rs);
                }
            } catch (SQLException e) {
                throw new SQLException("catalog query " + name + ".sql failed: " + e.getMessage(), e.getSQLState(), e);
            }
        }
    }

    /** A SQL array column as a Java array (empty when NULL). */
    static Object[] array(ResultSet rs, String column) throws SQLException {
        Array a = rs.getArray(column);
        return a == null ? new Object[0] : (Object[]) a.getArray();
    }

    /** A nullable bigint column. */
    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static String text(String name) {
        return TEXTS.computeIfAbsent(name, CatalogQuery::load);
    }

    private static String load(String name) {
        return CatalogResource.read(CatalogQuery.class, "sql/" + name + ".sql");
    }
}
