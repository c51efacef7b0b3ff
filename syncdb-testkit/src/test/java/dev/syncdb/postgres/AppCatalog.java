package dev.syncdb.postgres;

import dev.syncdb.testkit.PgServer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * An independent picture of the {@code public} schema objects {@link PgCatalog} does not cover,
 * read straight from pg_catalog with the server's deparsers: extensions, domains, functions and
 * aggregates (not those an extension owns), triggers, row-level security and its policies,
 * partition bounds and replica identity. One sorted line per object; two databases that converged
 * print the same lines.
 */
final class AppCatalog {

    /** Objects that belong to an extension, which the extension (not the schema file) manages. */
    private static final String NOT_EXTENSION_MEMBER = """
             NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = %s::regclass AND d.objid = %s
                        AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e')
            """;

    private static final List<String> QUERIES = List.of(
            """
            SELECT 'extension ' || e.extname || ' schema=' || n.nspname
            FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
            WHERE e.extname <> 'plpgsql'
            """,
            """
            SELECT 'domain ' || t.typname || ' ' || format_type(t.typbasetype, t.typtypmod)
                   || CASE WHEN t.typnotnull THEN ' not null' ELSE '' END
                   || coalesce(' default=' || t.typdefault, '')
                   || coalesce(' ' || (SELECT string_agg(c.conname || ':' || pg_get_constraintdef(c.oid), ',' ORDER BY c.conname)
                                       FROM pg_constraint c WHERE c.contypid = t.oid), '')
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE n.nspname = 'public' AND t.typtype = 'd'
            """,
            """
            SELECT 'function ' || CASE WHEN p.prokind = 'a' THEN 'aggregate ' || p.oid::regprocedure::text
                                       ELSE pg_get_functiondef(p.oid) END
                   || coalesce(' comment=' || obj_description(p.oid, 'pg_proc'), '')
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'public' AND""" + NOT_EXTENSION_MEMBER.formatted("'pg_proc'", "p.oid"),
            """
            SELECT 'trigger ' || pg_get_triggerdef(t.oid) || CASE t.tgenabled WHEN 'O' THEN '' ELSE ' enabled=' || t.tgenabled::text END
            FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND NOT t.tgisinternal
            """,
            """
            SELECT 'table ' || c.relname || ' rls=' || c.relrowsecurity || ' force_rls=' || c.relforcerowsecurity
                   || ' replica_identity=' || c.relreplident::text
                   || coalesce(' partition_key=' || pg_get_partkeydef(c.oid), '')
                   || coalesce(' partition_of=' || (SELECT pc.relname FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent
                                                    WHERE i.inhrelid = c.oid) || ' ' || pg_get_expr(c.relpartbound, c.oid), '')
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
            """,
            """
            SELECT 'policy ' || p.tablename || '.' || p.policyname || ' ' || p.permissive || ' ' || p.cmd
                   || ' to=' || array_to_string(p.roles, ',')
                   || coalesce(' using=' || p.qual, '') || coalesce(' check=' || p.with_check, '')
            FROM pg_policies p WHERE p.schemaname = 'public'
            """);

    /** Every object a schema file can create in {@code public}, for checking that a drop left nothing. */
    private static final List<String> LEFTOVERS = List.of(
            """
            SELECT 'relation ' || c.relname || ' kind=' || c.relkind::text
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND""" + NOT_EXTENSION_MEMBER.formatted("'pg_class'", "c.oid"),
            """
            SELECT 'function ' || p.oid::regprocedure::text
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'public' AND""" + NOT_EXTENSION_MEMBER.formatted("'pg_proc'", "p.oid"),
            """
            SELECT 'type ' || t.typname || ' kind=' || t.typtype::text
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd', 'c', 'r', 'm', 'b')
              AND (t.typrelid = 0 OR (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c')
              AND t.typelem = 0 AND""" + NOT_EXTENSION_MEMBER.formatted("'pg_type'", "t.oid"),
            """
            SELECT 'extension ' || e.extname FROM pg_extension e WHERE e.extname <> 'plpgsql'
            """);

    private AppCatalog() {
    }

    /** The sorted lines describing the objects above in the public schema of {@code db}. */
    static List<String> describe(PgServer server, String db) throws SQLException {
        return lines(server, db, QUERIES);
    }

    /** What is left in {@code db} that a schema file could have created; empty after a full drop. */
    static List<String> leftovers(PgServer server, String db) throws SQLException {
        return lines(server, db, LEFTOVERS);
    }

    private static List<String> lines(PgServer server, String db, List<String> queries) throws SQLException {
        TreeSet<String> lines = new TreeSet<>();
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            for (String q : queries) {
                try (ResultSet rs = st.executeQuery(q)) {
                    while (rs.next()) {
                        lines.add(rs.getString(1));
                    }
                }
            }
        }
        return new ArrayList<>(lines);
    }
}
