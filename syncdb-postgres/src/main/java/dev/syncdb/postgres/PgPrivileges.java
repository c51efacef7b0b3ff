package dev.syncdb.postgres;

import dev.syncdb.dialect.Namespaces;
import dev.syncdb.diff.ChangeTargets;
import dev.syncdb.diff.SchemaChange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The privileges a PostgreSQL role needs to run a plan, checked before anything runs, in three
 * catalog queries: USAGE on each managed schema, CREATE on it when the plan creates objects there (on
 * the database when the schema itself is missing), ownership (membership in the owner role) of every
 * existing table, view, sequence and type the plan alters or drops (PostgreSQL lets only the owner do
 * that), and REFERENCES on the existing tables new foreign keys point at. Superusers pass every check.
 */
final class PgPrivileges {
    private static final String SCHEMA = """
            SELECT current_user::text, current_database()::text, n.oid IS NOT NULL,
                   coalesce(has_schema_privilege(n.oid, 'USAGE'), false),
                   coalesce(has_schema_privilege(n.oid, 'CREATE'), false),
                   has_database_privilege(current_database(), 'CREATE')
            FROM (SELECT 1) one LEFT JOIN pg_namespace n ON n.nspname = ?
            """;
    private static final String RELATIONS = """
            SELECT c.relname::text, c.relkind::text, pg_get_userbyid(c.relowner)::text,
                   pg_has_role(c.relowner, 'USAGE'), has_table_privilege(c.oid, 'REFERENCES')
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? AND c.relname = ANY (?)
            """;
    private static final String TYPES = """
            SELECT t.typname::text, pg_get_userbyid(t.typowner)::text, pg_has_role(t.typowner, 'USAGE')
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE n.nspname = ? AND t.typname = ANY (?)
            """;

    private PgPrivileges() {
    }

    /**
     * What the role lacks for {@code changes} in {@code namespaces} (one name, or several joined,
     * {@link Namespaces}): each managed namespace is checked for the objects of the changes that live
     * in it (a model name {@code billing.invoices} is table {@code invoices} of {@code billing}).
     */
    static List<String> missing(Connection c, String namespaces, List<SchemaChange> changes) throws SQLException {
        List<String> names = Namespaces.split(namespaces);
        ChangeTargets all = ChangeTargets.of(changes, names.get(0));
        List<String> out = new ArrayList<>();
        for (String ns : names) {
            missing(c, ns, names.size() == 1 ? all : PgNamespaceTargets.in(all, names, ns), out);
        }
        return out;
    }

    private static void missing(Connection c, String schema, ChangeTargets targets, List<String> out) throws SQLException {
        String role;
        try (PreparedStatement ps = c.prepareStatement(SCHEMA)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                role = rs.getString(1);
                String where = " for role " + PostgresQuote.ident(role);
                String shown = PostgresQuote.ident(schema);
                if (!rs.getBoolean(3)) {
                    if (!rs.getBoolean(6)) {
                        out.add("permission denied: CREATE on database " + PostgresQuote.ident(rs.getString(2)) + where
                                + " (to create schema " + shown + ")");
                    }
                    return;
                }
                if (!rs.getBoolean(4)) {
                    out.add("permission denied: USAGE on schema " + shown + where);
                }
                if (!targets.creates().isEmpty() && !rs.getBoolean(5)) {
                    out.add("permission denied: CREATE on schema " + shown + where + " (to create "
                            + quoted(targets.creates()) + ")");
                }
            }
        }
        relations(c, schema, role, targets, out);
        types(c, schema, role, targets.types(), out);
    }

    private static void relations(Connection c, String schema, String role, ChangeTargets targets, List<String> out)
            throws SQLException {
        Set<String> names = new java.util.LinkedHashSet<>(targets.relations());
        names.addAll(targets.referenced().keySet());
        if (names.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(RELATIONS)) {
            ps.setString(1, schema);
            ps.setArray(2, c.createArrayOf("text", names.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    String object = kind(rs.getString(2)) + " " + PostgresQuote.ident(schema) + "." + PostgresQuote.ident(name);
                    if (targets.relations().contains(name) && !rs.getBoolean(4)) {
                        out.add("permission denied: ownership of " + object + " (owner " + PostgresQuote.ident(rs.getString(3))
                                + ") for role " + PostgresQuote.ident(role) + " (only its owner may alter or drop it)");
                    }
                    String key = targets.referenced().get(name);
                    if (key != null && !rs.getBoolean(5)) {
                        out.add("permission denied: REFERENCES on " + object + " for role " + PostgresQuote.ident(role)
                                + " (foreign key " + PostgresQuote.ident(key) + ")");
                    }
                }
            }
        }
    }

    private static void types(Connection c, String schema, String role, Set<String> names, List<String> out)
            throws SQLException {
        if (names.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(TYPES)) {
            ps.setString(1, schema);
            ps.setArray(2, c.createArrayOf("text", names.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!rs.getBoolean(3)) {
                        out.add("permission denied: ownership of type " + PostgresQuote.ident(schema) + "."
                                + PostgresQuote.ident(rs.getString(1)) + " (owner " + PostgresQuote.ident(rs.getString(2))
                                + ") for role " + PostgresQuote.ident(role) + " (only its owner may alter or drop it)");
                    }
                }
            }
        }
    }

    private static String kind(String relkind) {
        return switch (relkind) {
            case "v" -> "view";
            case "m" -> "materialized view";
            case "S" -> "sequence";
            default -> "table";
        };
    }

    private static String quoted(List<ChangeTargets.Created> creates) {
        List<String> shown = creates.stream().limit(3).map(x -> x.kind() + " " + PostgresQuote.ident(x.name())).toList();
        return String.join(", ", shown) + (creates.size() > 3 ? ", ..." : "");
    }
}
