package dev.syncdb.postgres;

import dev.syncdb.dialect.CatalogQuery;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * How the catalog queries of one namespace find its objects: the {@code {{WHOLE_CATALOG_OR}}} switch of
 * {@code dev/syncdb/postgres/sql/}, decided once per inspected namespace.
 *
 * <p>pg_class, pg_type and pg_proc have no index that starts with the namespace, so the queries can
 * either scan them whole and keep the namespace's rows (the switch true: PostgreSQL folds the other
 * branch away when it plans the query), or start from the namespace's own pg_depend rows and probe the
 * catalogs by oid (false). The probes win when the namespace is a small part of the catalog (one tenant
 * schema of many), the scan when it is most of it (one large schema): one probe costs as much as
 * scanning several catalog rows. The namespace's share is its pg_depend rows (one per table, view,
 * sequence, type and routine) against pg_class's rows ({@code namespace_share.sql}, one cheap query).
 *
 * <p>The system property {@value #PROPERTY} ({@code whole} or {@code owned}) forces one form.
 */
final class PgCatalogScan {
    /** The system property that forces one form: {@code whole} or {@code owned}. */
    static final String PROPERTY = "syncdb.postgres.catalogScan";

    /**
     * The share of pg_class from which the whole-catalog form is the faster one: the measured
     * break-even (docs/performance.md, "Catalog scan or pg_depend probes"), between a schema of 500
     * tables among 300 tenants (2.3 %: probes 22 % faster) and one of 2,000 (9.3 %: the scan 4 % faster).
     */
    static final double WHOLE_CATALOG_SHARE = 0.08;

    private PgCatalogScan() {
    }

    /** Whether the queries of {@code schemaName} scan the catalogs whole. */
    static boolean wholeCatalog(Connection connection, String schemaName) throws SQLException {
        String forced = System.getProperty(PROPERTY, "");
        if (!forced.isEmpty()) {
            return forced.equals("whole");
        }
        long[] share = new long[2];
        new CatalogQuery(PostgresInspector.class, connection, schemaName, Map.of()).run("namespace_share", rs -> {
            share[0] = rs.getLong("owned");
            share[1] = rs.getLong("catalog");
        });
        return wholeCatalog(share[0], share[1]);
    }

    /** Whether {@code owned} objects of a namespace, of {@code catalog} relations, call for the scan. */
    static boolean wholeCatalog(long owned, long catalog) {
        return catalog > 0 && owned >= WHOLE_CATALOG_SHARE * catalog;
    }
}
