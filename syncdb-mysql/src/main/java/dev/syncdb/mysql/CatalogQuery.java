package dev.syncdb.mysql;

import dev.syncdb.dialect.CatalogResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One bulk information_schema query kept as a resource under {@code dev/syncdb/mysql/sql/}, run for
 * one database: every {@code ?} is the database name. {@code {{EXPRESSION}}} becomes the functional
 * index column on MySQL and NULL on MariaDB; {@link #mariadb()} picks server-specific variants.
 */
final class CatalogQuery {
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    /** What to do with each row. */
    interface Rows {
        void row(ResultSet rs) throws SQLException;
    }

    private final Connection connection;
    private final String schema;
    private final boolean mariadb;

    CatalogQuery(Connection connection, String schema) throws SQLException {
        this.connection = connection;
        this.schema = schema;
        this.mariadb = connection.getMetaData().getDatabaseProductVersion().toLowerCase().contains("mariadb");
    }

    String schema() {
        return schema;
    }

    /** Whether the server is MariaDB (else MySQL). */
    boolean mariadb() {
        return mariadb;
    }

    /** Runs query {@code name} (without ".sql") and hands every row to {@code rows}. */
    void run(String name, Rows rows) throws SQLException {
        String sql = text(name).replace("{{EXPRESSION}}", mariadb ? "NULL" : "s.EXPRESSION");
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

    /** A nullable integer column. */
    static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() || v > Integer.MAX_VALUE ? null : (int) v;
    }

    /** A text column with "" read as null. */
    static String textOrNull(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null || s.isEmpty() ? null : s;
    }

    private static String text(String name) {
        return TEXTS.computeIfAbsent(name, CatalogQuery::load);
    }

    private static String load(String name) {
        return CatalogResource.read(CatalogQuery.class, "sql/" + name + ".sql").replaceAll("(?m)^--.*$", "");
    }
}
