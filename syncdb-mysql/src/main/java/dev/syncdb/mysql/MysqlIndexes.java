package dev.syncdb.mysql;

import dev.syncdb.dialect.CatalogQuery;
import dev.syncdb.model.Index;
import dev.syncdb.model.IndexKey;
import dev.syncdb.model.PrimaryKey;
import dev.syncdb.model.TableBuilder;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reader of {@code indexes.sql}: the PRIMARY index becomes the table's primary key, every other
 * index (unique ones included) an {@link Index} with its key parts: column or expression (MySQL 8),
 * prefix length (none for SPATIAL, where MariaDB reports one it does not accept back), DESC; the access method is null for BTREE and FULLTEXT, SPATIAL or HASH otherwise.
 */
final class MysqlIndexes {
    static final String PRIMARY = "PRIMARY";

    private MysqlIndexes() {
    }

    /** One index being assembled from its key rows. */
    private static final class Building {
        final String table;
        final String name;
        final boolean unique;
        final String method;
        final List<IndexKey> keys = new ArrayList<>();

        Building(String table, String name, boolean unique, String method) {
            this.table = table;
            this.name = name;
            this.unique = unique;
            this.method = method;
        }
    }

    static void read(CatalogQuery query, Map<String, TableBuilder> tables) throws SQLException {
        Map<String, Building> all = new LinkedHashMap<>();
        query.run("indexes", rs -> {
            String table = rs.getString("TABLE_NAME");
            if (!tables.containsKey(table)) {
                return;
            }
            String name = rs.getString("INDEX_NAME");
            String type = rs.getString("INDEX_TYPE");
            boolean unique = rs.getInt("NON_UNIQUE") == 0;
            Building b = all.computeIfAbsent(table + "\u0000" + name, k -> new Building(table, name, unique,
                    "BTREE".equalsIgnoreCase(type) ? null : type.toUpperCase()));
            String column = rs.getString("COLUMN_NAME");
            String expr = rs.getString("EXPR");
            boolean isExpr = column == null && expr != null;
            Integer prefix = "SPATIAL".equalsIgnoreCase(type) ? null : CatalogQuery.intOrNull(rs, "SUB_PART");
            b.keys.add(new IndexKey(isExpr ? expr : column, isExpr, "D".equals(rs.getString("COLLATION")), null, null,
                    null, prefix));
        });
        for (Building b : all.values()) {
            TableBuilder t = tables.get(b.table);
            if (b.name.equals(PRIMARY)) {
                t.primaryKey(new PrimaryKey(PRIMARY, b.keys.stream().map(IndexKey::expression).toList()));
            } else {
                t.index(new Index(b.name, b.unique, b.method, b.keys, List.of(), null, false, null));
            }
        }
    }
}
