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
 * An independent picture of the {@code public} schema, read straight from pg_catalog with the
 * server's own deparsers (format_type, pg_get_constraintdef, pg_get_indexdef, pg_get_viewdef,
 * pg_get_functiondef, pg_get_triggerdef, pg_get_expr), not
 * with syncdb's inspector: one sorted line per object property. Two databases that converged print
 * the same lines, whatever syncdb's model can or cannot represent. Column order is ignored.
 */
final class PgCatalog {

    private static final List<String> QUERIES = List.of(
            // tables, views, materialized views, sequences, with persistence, storage options, comments,
            // partition keys and bounds and inheritance parents
            """
            SELECT 'relation ' || c.relname || ' kind=' || c.relkind::text
                   || CASE WHEN c.relpersistence <> 'p' THEN ' persistence=' || c.relpersistence::text ELSE '' END
                   || coalesce(' options=' || array_to_string(c.reloptions, ','), '')
                   || coalesce(' comment=' || obj_description(c.oid, 'pg_class'), '')
                   || coalesce(' partition_by=' || pg_get_partkeydef(c.oid), '')
                   || coalesce(' bound=' || pg_get_expr(c.relpartbound, c.oid), '')
                   || coalesce(' inherits=' || (SELECT string_agg(p.relname, ',' ORDER BY i.inhseqno)
                                                FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
                                                WHERE i.inhrelid = c.oid), '')
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
            """,
            // columns
            """
            SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                   || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
                   || coalesce(' default=' || CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END, '')
                   || coalesce(' generated=' || CASE WHEN a.attgenerated <> '' THEN a.attgenerated::text || ':' || pg_get_expr(d.adbin, d.adrelid) END, '')
                   || CASE WHEN a.attidentity <> '' THEN ' identity=' || a.attidentity::text ELSE '' END
                   || CASE WHEN a.attcollation <> t.typcollation THEN ' collate=' || co.collname ELSE '' END
                   || coalesce(' comment=' || col_description(c.oid, a.attnum), '')
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_collation co ON co.oid = a.attcollation
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') AND a.attnum > 0 AND NOT a.attisdropped
            """,
            // constraints
            """
            SELECT 'constraint ' || c.relname || '.' || k.conname || ' ' || pg_get_constraintdef(k.oid)
            FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND k.contype <> 'n'
            """,
            // indexes
            """
            SELECT 'index ' || pg_get_indexdef(i.indexrelid)
            FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public'
            """,
            // view definitions
            """
            SELECT 'view ' || c.relname || ' ' || pg_get_viewdef(c.oid)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('v', 'm')
            """,
            // enum types with labels in sort order
            """
            SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
                   || coalesce(' comment=' || obj_description(t.oid, 'pg_type'), '')
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
            WHERE n.nspname = 'public'
            GROUP BY t.oid, t.typname
            """,
            // sequences with their options and owning column
            """
            SELECT 'sequence ' || s.sequencename || ' ' || s.data_type || ' start=' || s.start_value
                   || ' inc=' || s.increment_by || ' min=' || s.min_value || ' max=' || s.max_value
                   || ' cache=' || s.cache_size || ' cycle=' || s.cycle
                   || coalesce(' owned=' || (SELECT d.deptype::text || ':' || rc.relname || '.' || a.attname
                        FROM pg_depend d
                        JOIN pg_class rc ON rc.oid = d.refobjid
                        JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                        WHERE d.classid = 'pg_class'::regclass AND d.objid = (quote_ident(s.schemaname) || '.' || quote_ident(s.sequencename))::regclass
                          AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') LIMIT 1), '')
            FROM pg_sequences s WHERE s.schemaname = 'public'
            """,
            // functions and procedures, triggers, policies, row-level security switches
            """
            SELECT 'routine ' || pg_get_functiondef(p.oid)
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'public' AND p.prokind IN ('f', 'p', 'w')
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                              AND d.deptype IN ('e', 'i'))
            UNION ALL
            SELECT 'trigger ' || pg_get_triggerdef(tg.oid) || ' enabled=' || tg.tgenabled::text
            FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND NOT tg.tgisinternal
            UNION ALL
            SELECT 'policy ' || c.relname || '.' || pol.polname || ' ' || pol.polcmd::text || ' ' || pol.polpermissive::text
                   || ' roles=' || pol.polroles::text || ' using=' || coalesce(pg_get_expr(pol.polqual, pol.polrelid), '-')
                   || ' check=' || coalesce(pg_get_expr(pol.polwithcheck, pol.polrelid), '-')
            FROM pg_policy pol JOIN pg_class c ON c.oid = pol.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public'
            UNION ALL
            SELECT 'row security ' || c.relname || ' ' || c.relrowsecurity::text || ' ' || c.relforcerowsecurity::text
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r'
            """,
            // aggregates (every pg_aggregate column that CREATE AGGREGATE sets), event triggers, default privileges
            """
            SELECT 'aggregate ' || p.oid::regprocedure::text || ' kind=' || a.aggkind::text || ' direct=' || a.aggnumdirectargs
                   || ' sfunc=' || a.aggtransfn::text || ' stype=' || format_type(a.aggtranstype, NULL)
                   || ' sspace=' || a.aggtransspace || ' final=' || a.aggfinalfn::text || '/' || a.aggfinalextra::text
                   || '/' || a.aggfinalmodify::text || ' combine=' || a.aggcombinefn::text || ' serial=' || a.aggserialfn::text
                   || '/' || a.aggdeserialfn::text || ' init=' || coalesce(a.agginitval, '-')
                   || ' moving=' || a.aggmtransfn::text || '/' || a.aggminvtransfn::text || '/' || a.aggmtranstype::regtype::text
                   || '/' || a.aggmtransspace || '/' || a.aggmfinalfn::text || '/' || a.aggmfinalextra::text
                   || '/' || a.aggmfinalmodify::text || '/' || coalesce(a.aggminitval, '-')
                   || ' sortop=' || a.aggsortop::regoperator::text || ' parallel=' || p.proparallel::text
                   || ' comment=' || coalesce(obj_description(p.oid, 'pg_proc'), '-')
            FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'public'
            UNION ALL
            SELECT 'event trigger ' || et.evtname || ' ' || et.evtevent || ' tags=' || coalesce(
                       (SELECT string_agg(t, ',' ORDER BY t) FROM unnest(et.evttags) t), '-')
                   || ' function=' || et.evtfoid::regprocedure::text || ' enabled=' || et.evtenabled::text
                   || ' comment=' || coalesce(obj_description(et.oid, 'pg_event_trigger'), '-')
            FROM pg_event_trigger et
            UNION ALL
            SELECT 'default privilege for ' || r.rolname || ' on ' || d.defaclobjtype::text || ' '
                   || coalesce(g.rolname, 'PUBLIC') || ' ' || x.privilege_type || ' ' || x.is_grantable::text
            FROM pg_default_acl d JOIN pg_namespace n ON n.oid = d.defaclnamespace JOIN pg_roles r ON r.oid = d.defaclrole
                 CROSS JOIN LATERAL aclexplode(d.defaclacl) x LEFT JOIN pg_roles g ON g.oid = x.grantee
            WHERE n.nspname = 'public'
            """,
            // extensions; domains with their constraints; composite and range types
            """
            SELECT 'extension ' || e.extname || ' ' || e.extversion
            FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE n.nspname = 'public'
            UNION ALL
            SELECT 'domain ' || t.typname || ' ' || format_type(t.typbasetype, t.typtypmod) || ' notnull=' || t.typnotnull::text
                   || ' default=' || coalesce(t.typdefault, '-') || coalesce(' ' || (SELECT string_agg(
                       con.conname || ' ' || pg_get_constraintdef(con.oid), ', ' ORDER BY con.conname)
                       FROM pg_constraint con WHERE con.contypid = t.oid AND con.contype = 'c'), '')
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE n.nspname = 'public' AND t.typtype = 'd'
            UNION ALL
            SELECT 'type attribute ' || t.typname || '.' || a.attname || ' '
                   || row_number() OVER (PARTITION BY t.oid ORDER BY a.attnum) || ' '
                   || format_type(a.atttypid, a.atttypmod)
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
            JOIN pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE n.nspname = 'public'
            UNION ALL
            SELECT 'range ' || t.typname || ' ' || format_type(r.rngsubtype, NULL) || ' ' || r.rngsubdiff::text
                   || ' ' || r.rngcanonical::text
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_range r ON r.rngtypid = t.oid
            WHERE n.nspname = 'public'
            """,
            // privileges (the ACL in force, the default one when none is stored), the owner's left out
            """
            SELECT 'privilege ' || o.what || ' ' || coalesce(r.rolname, 'PUBLIC') || ' ' || x.privilege_type
                   || CASE WHEN x.is_grantable THEN ' with grant option' ELSE '' END
            FROM (SELECT 'relation ' || c.relname AS what, coalesce(c.relacl, acldefault('r'::"char", c.relowner)) AS acl,
                         c.relowner AS owner
                  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'm', 'S')
                  UNION ALL
                  SELECT 'column ' || c.relname || '.' || a.attname, a.attacl, c.relowner
                  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = 'public' AND a.attnum > 0 AND a.attacl IS NOT NULL
                  UNION ALL
                  SELECT 'routine ' || p.oid::regprocedure::text, coalesce(p.proacl, acldefault('f'::"char", p.proowner)), p.proowner
                  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'
                  UNION ALL
                  SELECT 'type ' || t.typname, coalesce(t.typacl, acldefault('T'::"char", t.typowner)), t.typowner
                  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                  WHERE n.nspname = 'public' AND t.typtype IN ('c', 'd', 'e', 'r')
                  UNION ALL
                  SELECT 'schema ' || n.nspname, coalesce(n.nspacl, acldefault('n'::"char", n.nspowner)), n.nspowner
                  FROM pg_namespace n WHERE n.nspname = 'public') o,
                 aclexplode(o.acl) x LEFT JOIN pg_roles r ON r.oid = x.grantee
            WHERE x.grantee <> o.owner
            """,
            // owners of relations, routines and types
            """
            SELECT 'owner of relation ' || c.relname || ' ' || pg_get_userbyid(c.relowner)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
            UNION ALL
            SELECT 'owner of routine ' || p.oid::regprocedure::text || ' ' || pg_get_userbyid(p.proowner)
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'
            UNION ALL
            SELECT 'owner of type ' || t.typname || ' ' || pg_get_userbyid(t.typowner)
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE n.nspname = 'public' AND t.typtype IN ('d', 'e', 'r')
            """);

    private PgCatalog() {
    }

    /** The sorted lines describing the public schema of database {@code db}. */
    static List<String> describe(PgServer server, String db) throws SQLException {
        TreeSet<String> lines = new TreeSet<>();
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            for (String q : QUERIES) {
                try (ResultSet rs = st.executeQuery(q)) {
                    while (rs.next()) {
                        lines.add(rs.getString(1));
                    }
                }
            }
        }
        return new ArrayList<>(lines);
    }

    /** The lines only in {@code a} ("- ...") and only in {@code b} ("+ ..."), empty when equal. */
    static List<String> difference(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>();
        a.stream().filter(l -> !b.contains(l)).forEach(l -> out.add("- " + l));
        b.stream().filter(l -> !a.contains(l)).forEach(l -> out.add("+ " + l));
        return out;
    }
}
