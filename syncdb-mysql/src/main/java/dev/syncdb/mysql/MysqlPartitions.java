package dev.syncdb.mysql;

import dev.syncdb.dialect.CatalogQuery;
import dev.syncdb.model.TableBuilder;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reader of {@code partitions.sql}: a partitioned table's partitioning, rebuilt as the clause
 * that creates it ({@code PARTITION BY RANGE (year(joined)) (PARTITION p0 VALUES LESS THAN (2020), ...)})
 * and kept as the table option {@link #OPTION}, compared as text and written after the table options.
 */
final class MysqlPartitions {
    /** Table option: the PARTITION BY clause. */
    static final String OPTION = "partition";

    private MysqlPartitions() {
    }

    /** One partitioned table: its method, expression and partitions (name and description). */
    private record Partitioning(String method, String expression, List<String[]> partitions) {
    }

    static void read(CatalogQuery query, Map<String, TableBuilder> tables) throws SQLException {
        Map<String, Partitioning> all = new LinkedHashMap<>();
        query.run("partitions", rs -> {
            String table = rs.getString("TABLE_NAME");
            String method = rs.getString("PARTITION_METHOD");
            if (!tables.containsKey(table) || method == null) {
                return;
            }
            String expr = rs.getString("PARTITION_EXPRESSION");
            all.computeIfAbsent(table, k -> new Partitioning(method, expr == null ? "" : expr, new ArrayList<>()))
                    .partitions().add(new String[] {rs.getString("PARTITION_NAME"), rs.getString("PARTITION_DESCRIPTION")});
        });
        all.forEach((table, p) -> tables.get(table).option(OPTION, clause(p)));
    }

    private static String clause(Partitioning p) {
        List<String> parts = new ArrayList<>();
        for (String[] part : p.partitions()) {
            parts.add("PARTITION " + MysqlQuote.ident(part[0]) + values(p.method(), part[1]));
        }
        String method = p.method().toUpperCase();
        String head = method.endsWith("COLUMNS") ? "PARTITION BY " + method + "(" + p.expression() + ")"
                : "PARTITION BY " + method + " (" + p.expression() + ")";
        return head + " (" + String.join(", ", parts) + ")";
    }

    private static String values(String method, String description) {
        String m = method.toUpperCase();
        if (m.startsWith("RANGE")) {
            boolean max = "MAXVALUE".equalsIgnoreCase(description);
            return " VALUES LESS THAN " + (max && !m.endsWith("COLUMNS") ? "MAXVALUE" : "(" + description + ")");
        }
        if (m.startsWith("LIST")) {
            return " VALUES IN (" + description + ")";
        }
        return "";
    }
}
