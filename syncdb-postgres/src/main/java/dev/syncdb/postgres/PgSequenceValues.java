package dev.syncdb.postgres;

import dev.syncdb.dialect.CatalogQuery;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The values of a namespace's sequences as {@code setval} statements: a sequence owned by a column
 * (identity or serial) is found again through that column, so it is restored whatever its name.
 * Sequences never used are left out: a freshly created sequence is in the same state.
 */
final class PgSequenceValues {

    private PgSequenceValues() {
    }

    /**
     * The lines of every managed namespace of {@code joined} ({@link dev.syncdb.dialect.Namespaces}):
     * those of the first unqualified, those of the others qualified with their namespace.
     */
    static String readAll(Connection connection, String joined) throws SQLException {
        java.util.List<String> names = dev.syncdb.dialect.Namespaces.split(joined);
        StringBuilder sql = new StringBuilder(read(connection, names.get(0), null));
        for (String ns : names.subList(1, names.size())) {
            sql.append(read(connection, ns, ns));
        }
        return sql.toString();
    }

    /** One {@code SELECT setval(...);} line per used sequence, unqualified (the search_path decides). */
    static String read(Connection connection, String schemaName) throws SQLException {
        return read(connection, schemaName, null);
    }

    /** The lines of namespace {@code schemaName}, names qualified with {@code qualifier} unless null. */
    private static String read(Connection connection, String schemaName, String qualifier) throws SQLException {
        String prefix = qualifier == null ? "" : PostgresQuote.ident(qualifier) + ".";
        StringBuilder sql = new StringBuilder();
        PostgresInspector.catalog(connection, schemaName, false).run("sequence_values", rs -> {
            long value = rs.getLong("last_value");
            if (rs.wasNull()) {
                return;
            }
            String table = rs.getString("owned_table");
            String target = table == null
                    ? PostgresQuote.literal(prefix + PostgresQuote.ident(rs.getString("sequence_name")))
                    : "pg_get_serial_sequence(" + PostgresQuote.literal(prefix + PostgresQuote.ident(table)) + ", "
                    + PostgresQuote.literal(rs.getString("owned_column")) + ")";
            sql.append("SELECT setval(").append(target).append(", ").append(value).append(", true);\n");
        });
        return sql.toString();
    }
}
