package dev.syncdb.postgres;

import dev.syncdb.dialect.CatalogQuery;
import dev.syncdb.dialect.Inspector;
import dev.syncdb.dialect.Namespaces;
import dev.syncdb.model.Schema;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.Table;
import dev.syncdb.model.TableBuilder;
import dev.syncdb.model.Unsupported;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PostgreSQL inspector: reads one namespace with a fixed number of bulk catalog queries (one
 * per object kind, kept in {@code dev/syncdb/postgres/sql/}), whatever the number of tables, and
 * assembles the model in memory.
 *
 * <p>It first sets the session's {@code search_path} to the namespace (and leaves it so), so types,
 * defaults, checks, index expressions and view queries print unqualified the same way on a live
 * database and in a scratch place. Several managed namespaces ({@link Namespaces}) are read by
 * {@link PgManyNamespaces}.
 */
public final class PostgresInspector implements Inspector {

    @Override
    public Schema inspect(Connection connection, String schemaName) throws SQLException {
        if (Namespaces.several(schemaName)) {
            return PgManyNamespaces.inspect(connection, schemaName, PostgresInspector::read);
        }
        try (Statement st = connection.createStatement()) {
            st.execute("SET search_path TO " + PostgresQuote.always(schemaName));
        }
        return read(connection, schemaName);
    }

    /** One namespace, with the search path as it is. */
    private static Schema read(Connection connection, String schemaName) throws SQLException {
        return read(catalog(connection, schemaName));
    }

    /** The namespace of {@code query}, read with its queries. */
    static Schema read(CatalogQuery query) throws SQLException {
        String schemaName = query.schema();
        List<Unsupported> unsupported = new ArrayList<>();
        Map<Long, TableBuilder> builders = tables(query, unsupported);
        AttributeNames names = new AttributeNames();
        CatalogColumns.read(query, builders, names);
        CatalogConstraints.read(query, builders, names, unsupported);
        List<SchemaObject> viewIndexes = new ArrayList<>();
        CatalogIndexes.read(query, builders, viewIndexes);
        List<Table> tables = builders.values().stream().map(TableBuilder::build)
                .sorted(Comparator.comparing(Table::name)).toList();
        var enums = CatalogObjects.enums(query);
        var sequences = CatalogObjects.sequences(query);
        var views = CatalogObjects.views(query);
        unsupported.addAll(CatalogObjects.unsupported(query));
        unsupported.sort(Comparator.comparing(Unsupported::kind).thenComparing(Unsupported::name));
        return new Schema(schemaName, tables, enums, sequences, views, objects(query, viewIndexes), unsupported);
    }

    /**
     * Extensions, types, routines, aggregates, triggers and policies, with their dependencies; the
     * indexes of materialized views (which depend on their view); privileges.
     */
    private static List<SchemaObject> objects(CatalogQuery query, List<SchemaObject> viewIndexes) throws SQLException {
        List<SchemaObject> objects = new ArrayList<>();
        CatalogTypeObjects.read(query, objects);
        CatalogCodeObjects.read(query, objects);
        CatalogAggregates.read(query, objects);
        List<SchemaObject> out = new ArrayList<>(CatalogCodeObjects.withDependencies(query, objects));
        out.addAll(viewIndexes);
        CatalogPrivileges.read(query, out);
        return out;
    }

    /**
     * The catalog queries for one namespace: {@code {{NULLS_NOT_DISTINCT}}} becomes the pg_index
     * column where the server has it (PostgreSQL 15+), else NULL; {@code {{WHOLE_CATALOG_OR}}} (and
     * {@code {{WHOLE_CATALOG_RELS_OR}}}) as {@link PgCatalogScan} decides for the namespace: the text
     * that makes a membership filter always true, or nothing, so that the filter stays a plain IN that
     * PostgreSQL turns into a join (an IN under an OR stays a subplan evaluated per catalog row).
     */
    static CatalogQuery catalog(Connection connection, String schemaName) throws SQLException {
        return catalog(connection, schemaName, PgCatalogScan.wholeCatalog(connection, schemaName));
    }

    /** The catalog queries for one namespace, scanning the catalogs whole or not as {@code wholeCatalog} says. */
    static CatalogQuery catalog(Connection connection, String schemaName, boolean wholeCatalog) throws SQLException {
        boolean nullsNotDistinct = connection.getMetaData().getDatabaseMajorVersion() >= 15;
        return new CatalogQuery(PostgresInspector.class, connection, schemaName, Map.of("NULLS_NOT_DISTINCT",
                nullsNotDistinct ? "i.indnullsnotdistinct" : "NULL::boolean",
                "WHOLE_CATALOG_OR", wholeCatalog ? "true OR" : "",
                "WHOLE_CATALOG_RELS_OR", wholeCatalog ? "c.relkind NOT IN ('i', 'I') OR" : ""));
    }

    /**
     * Ordinary and partitioned tables, partitions and inheritance children by oid, with their
     * parents and partitioning options (see {@link PgPartitions}); foreign tables and tables derived
     * from a table of another namespace as unsupported.
     */
    private static Map<Long, TableBuilder> tables(CatalogQuery query, List<Unsupported> unsupported)
            throws SQLException {
        Map<Long, TableBuilder> out = new LinkedHashMap<>();
        query.run("tables", rs -> {
            Unsupported u = unsupportedTable(rs);
            if (u != null) {
                unsupported.add(u);
                return;
            }
            TableBuilder b = Table.builder(rs.getString("relname")).comment(rs.getString("comment"));
            if ("u".equals(rs.getString("relpersistence"))) {
                b.option("unlogged", "true");
            }
            if (rs.getBoolean("relrowsecurity")) {
                b.option(PgTableSql.ROW_SECURITY, "true");
            }
            if (rs.getBoolean("relforcerowsecurity")) {
                b.option(PgTableSql.FORCE_ROW_SECURITY, "true");
            }
            PgPartitions.read(rs, b);
            String identity = PgReplicaIdentity.option(rs.getString("replica_identity"), rs.getString("replica_index"));
            if (identity != null) {
                b.option(PgReplicaIdentity.OPTION, identity);
            }
            out.put(rs.getLong("oid"), b);
        });
        return out;
    }

    private static Unsupported unsupportedTable(ResultSet rs) throws SQLException {
        String name = rs.getString("relname");
        if ("f".equals(rs.getString("relkind"))) {
            return new Unsupported("foreign table", name, "foreign table");
        }
        if (rs.getLong("parents_outside") > 0) {
            return new Unsupported("inheritance child table", name, "derives from a table of another schema");
        }
        return null;
    }
}
