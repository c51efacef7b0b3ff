package dev.syncdb.mysql;

import dev.syncdb.dialect.CatalogQuery;
import dev.syncdb.dialect.Inspector;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;
import dev.syncdb.model.TableBuilder;
import dev.syncdb.model.Unsupported;
import dev.syncdb.model.View;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The MySQL / MariaDB inspector: reads one database with a fixed number of information_schema
 * queries (one per object kind, kept in {@code dev/syncdb/mysql/sql/}), whatever the number of
 * tables. Tables carry the options {@code engine}, {@code collation} and, when partitioned,
 * {@code partition} (the PARTITION BY clause, see {@link MysqlPartitions}); every unique index
 * (UNIQUE constraints included, MySQL does not tell them apart) is an {@link dev.syncdb.model.Index};
 * enum and set are column types. A column's {@code ON UPDATE} clause is kept at the end of its
 * default text ({@code "current_timestamp() ON UPDATE current_timestamp()"}, or
 * {@code "ON UPDATE ..."} alone when it has no default). Triggers, stored routines and events are
 * {@link dev.syncdb.model.SchemaObject}s ({@link MysqlObjects}).
 */
public final class MysqlInspector implements Inspector {
    /** Table option: the storage engine (InnoDB, MyISAM, ...). */
    static final String ENGINE = "engine";
    /** Table option: the default collation of the table's text columns. */
    static final String COLLATION = "collation";

    @Override
    public Schema inspect(Connection connection, String schemaName) throws SQLException {
        CatalogQuery query = catalog(connection, schemaName);
        List<Unsupported> unsupported = new ArrayList<>();
        List<String> viewNames = new ArrayList<>();
        Map<String, TableBuilder> builders = tables(query, viewNames, unsupported);
        MysqlColumns.read(query, builders);
        MysqlPartitions.read(query, builders);
        MysqlIndexes.read(query, builders);
        MysqlConstraints.foreignKeys(query, builders);
        MysqlConstraints.checks(query, builders);
        List<Table> tables = builders.values().stream().map(TableBuilder::build)
                .sorted(Comparator.comparing(Table::name)).toList();
        List<View> views = MysqlConstraints.views(query, tables, viewNames);
        unsupported.sort(Comparator.comparing(Unsupported::kind).thenComparing(Unsupported::name));
        return new Schema(schemaName, tables, List.of(), List.of(), views, MysqlObjects.read(query), unsupported);
    }

    /**
     * The information_schema queries for one database: {@code {{EXPRESSION}}} becomes the
     * functional index column on MySQL and NULL on MariaDB.
     */
    static CatalogQuery catalog(Connection connection, String schemaName) throws SQLException {
        return new CatalogQuery(MysqlInspector.class, connection, schemaName,
                Map.of("EXPRESSION", MysqlConnector.mariadb(connection) ? "NULL" : "s.EXPRESSION"));
    }

    private static Map<String, TableBuilder> tables(CatalogQuery query, List<String> views, List<Unsupported> unsupported)
            throws SQLException {
        Map<String, TableBuilder> out = new LinkedHashMap<>();
        query.run("tables", rs -> {
            String name = rs.getString("TABLE_NAME");
            String type = rs.getString("TABLE_TYPE");
            if ("VIEW".equals(type)) {
                views.add(name);
            } else if ("SEQUENCE".equals(type)) {
                unsupported.add(new Unsupported("sequence", name, "MariaDB sequence"));
            } else if ("BASE TABLE".equals(type)) {
                out.put(name, table(rs, name));
            }
        });
        return out;
    }

    private static TableBuilder table(ResultSet rs, String name) throws SQLException {
        TableBuilder b = Table.builder(name).comment(CatalogQuery.textOrNull(rs, "TABLE_COMMENT"));
        String engine = rs.getString("ENGINE");
        if (engine != null) {
            b.option(ENGINE, engine);
        }
        String collation = rs.getString("TABLE_COLLATION");
        if (collation != null) {
            b.option(COLLATION, collation);
        }
        return b;
    }

}
