package dev.syncdb.postgres;

import dev.syncdb.dialect.Namespaces;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.plan.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static dev.syncdb.postgres.PostgresQuote.ident;
import static dev.syncdb.postgres.PostgresQuote.literal;

/**
 * The PostgreSQL text of the objects compared by definition (extensions, domains, composite and
 * range types, functions, procedures and aggregates, triggers, policies, indexes on materialized
 * views): CREATE from the definition the
 * inspector read, DROP by kind, and a replacement in place where PostgreSQL has one (ALTER
 * EXTENSION ... UPDATE, ALTER DOMAIN, CREATE OR REPLACE of a routine whose arguments and result
 * stay), else a DROP followed by a CREATE (an aggregate, whose CREATE OR REPLACE needs PostgreSQL 12;
 * views that use it are dropped and created again around it).
 */
final class PgObjectSql {

    private PgObjectSql() {
    }

    /**
     * The CREATE of {@code o}: an extension's names the managed namespace ({@link PgExtensionSql}),
     * a privilege is its GRANTs ({@link PgGrantSql}); any other object is its definition, then the
     * firing state and comment it has beyond the default ({@link PgObjectState}).
     */
    static List<Statement> create(SchemaObject o, dev.syncdb.plan.RenderContext ctx) {
        return o.kind() == SchemaObject.Kind.EXTENSION ? List.of(PgExtensionSql.create(o, ctx)) : create(o, Namespaces.first(ctx.current().name()));
    }

    /** The CREATE of {@code o} in {@code namespace} (the managed one, or null). */
    static List<Statement> create(SchemaObject o, String namespace) {
        if (o.kind() == SchemaObject.Kind.PRIVILEGE) {
            return PgGrantSql.create(o, namespace);
        }
        List<Statement> out = new ArrayList<>(bodyUnchecked(o));
        out.add(Statement.of(o.definition()));
        out.addAll(PgObjectState.set(null, o, namespace));
        return out;
    }

    /**
     * DROP by kind; {@code namespace} (the managed one, or null) qualifies a routine whose name a
     * pg_catalog routine also has (e.g. {@code "current_user"()}), which the unqualified name would reach.
     */
    static List<Statement> drop(SchemaObject o, String namespace) {
        if (o.kind() == SchemaObject.Kind.PRIVILEGE) {
            return PgGrantSql.drop(o, namespace);
        }
        String sql = switch (o.kind()) {
            case EXTENSION -> "DROP EXTENSION " + ident(o.name());
            case DOMAIN -> "DROP DOMAIN " + PgNamespaces.sql(o.name());
            case COMPOSITE_TYPE, RANGE_TYPE -> "DROP TYPE " + PgNamespaces.sql(o.name());
            case FUNCTION -> "DROP FUNCTION " + routine(o, namespace);
            case PROCEDURE -> "DROP PROCEDURE " + routine(o, namespace);
            case AGGREGATE -> "DROP AGGREGATE " + routine(o, namespace);
            case VIEW_INDEX -> "DROP INDEX " + (o.table() == null ? ident(o.name()) : PgNamespaces.sqlBeside(o.table(), o.name()));
            case SCHEMA -> "DROP SCHEMA " + ident(o.name());
            case EVENT_TRIGGER -> "DROP EVENT TRIGGER " + ident(o.name());
            case TRIGGER -> "DROP TRIGGER " + ident(o.name()) + " ON " + PgNamespaces.sql(o.table());
            case POLICY -> "DROP POLICY " + ident(o.name()) + " ON " + PgNamespaces.sql(o.table());
            default -> throw new IllegalStateException("not an object PostgreSQL drops this way: " + o.ref());
        };
        return List.of(Statement.of(sql));
    }

    /** A routine's signature for DROP and COMMENT ON, qualified when a pg_catalog routine has its name. */
    static String routine(SchemaObject o, String namespace) {
        String signature = o.property(CatalogCodeObjects.SIGNATURE);
        return o.property(CatalogCodeObjects.SHADOWS_CATALOG) != null && namespace != null
                ? ident(namespace) + "." + signature : signature;
    }

    static List<Statement> replace(SchemaObject from, SchemaObject to, String namespace) {
        if (to.kind() == SchemaObject.Kind.PRIVILEGE) {
            return PgGrantSql.replace(from, to, namespace);
        }
        if (!inPlace(from, to)) {
            List<Statement> out = new ArrayList<>(drop(from, namespace));
            out.addAll(create(to, namespace));
            return out;
        }
        List<Statement> out = new ArrayList<>();
        if (!from.definition().equals(to.definition())) {
            out.addAll(switch (to.kind()) {
                case EXTENSION -> PgExtensionSql.alter(from, to, namespace);
                case DOMAIN -> alterDomain(from, to);
                case COMPOSITE_TYPE -> PgCompositeSql.alter(from, to);
                default -> {
                    List<Statement> routine = new ArrayList<>(bodyUnchecked(to));
                    routine.add(Statement.of(to.definition()));
                    yield routine;
                }
            });
        }
        out.addAll(PgObjectState.set(from, to, namespace));
        return out;
    }

    /**
     * Whether {@code from} becomes {@code to} without being dropped: an extension always (a new
     * version), a domain over the same base type and collation, a composite type whose kept
     * attributes keep their order ({@link PgCompositeSql}), a routine with the same arguments (names
     * and defaults included), result and window-ness; any object whose definition stays (only its comment or
     * trigger state changes).
     */
    static boolean inPlace(SchemaObject from, SchemaObject to) {
        if (from.definition().equals(to.definition())) {
            return true;
        }
        return switch (to.kind()) {
            case EXTENSION, PRIVILEGE -> true;
            case DOMAIN -> same(from, to, CatalogTypeObjects.BASE) && same(from, to, CatalogTypeObjects.COLLATION);
            case COMPOSITE_TYPE -> PgCompositeSql.alterable(from, to);
            case FUNCTION, PROCEDURE -> same(from, to, CatalogCodeObjects.ARGUMENTS) && same(from, to, CatalogCodeObjects.RESULT)
                    && same(from, to, CatalogCodeObjects.WINDOW);
            default -> false;
        };
    }

    /**
     * {@code SET check_function_bodies = off} before a SQL routine with a quoted body, as pg_dump
     * writes it: such a body may read tables that the plan creates later (routines are created before
     * tables, since a default may call them), and no catalog dependency records it, so PostgreSQL
     * must not check it at creation. The desired body was checked when the scratch place was built.
     * A body in SQL-standard form ({@code BEGIN ATOMIC}, {@code RETURN}) has its dependencies
     * recorded and needs nothing.
     */
    static List<Statement> bodyUnchecked(SchemaObject o) {
        boolean routine = o.kind() == SchemaObject.Kind.FUNCTION || o.kind() == SchemaObject.Kind.PROCEDURE;
        return routine && o.definition().contains(" LANGUAGE sql\n") && o.definition().contains("\nAS $")
                ? List.of(Statement.of("SET check_function_bodies = off")) : List.of();
    }

    /** The CHECKs a domain change adds (name to definition), which existing values must pass. */
    static Map<String, String> addedDomainChecks(SchemaObject from, SchemaObject to) {
        Map<String, String> out = new java.util.TreeMap<>();
        to.properties().forEach((k, v) -> {
            if (k.startsWith(CatalogTypeObjects.CHECK_PREFIX) && !v.equals(from.property(k))) {
                out.put(k.substring(CatalogTypeObjects.CHECK_PREFIX.length()), v);
            }
        });
        return out;
    }

    /**
     * A domain CHECK expression over a column instead of the domain's value: every key word
     * {@code VALUE} outside string literals and quoted names becomes {@code column}.
     */
    static String overValue(String expression, String column) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < expression.length()) {
            char ch = expression.charAt(i);
            if (ch == '\'' || ch == '"') {
                int end = expression.indexOf(ch, i + 1);
                end = end < 0 ? expression.length() - 1 : end;
                out.append(expression, i, end + 1);
                i = end + 1;
            } else if (expression.startsWith("VALUE", i) && !wordChar(expression, i - 1) && !wordChar(expression, i + 5)) {
                out.append('(').append(column).append(')');
                i += 5;
            } else {
                out.append(ch);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean wordChar(String s, int i) {
        return i >= 0 && i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_');
    }

    /** ALTER DOMAIN: changed checks dropped, default and NOT NULL set, new checks added (and validated). */
    private static List<Statement> alterDomain(SchemaObject from, SchemaObject to) {
        String head = "ALTER DOMAIN " + PgNamespaces.sql(to.name()) + " ";
        List<Statement> out = new ArrayList<>();
        from.properties().forEach((k, v) -> {
            if (k.startsWith(CatalogTypeObjects.CHECK_PREFIX) && !v.equals(to.property(k))) {
                out.add(Statement.of(head + "DROP CONSTRAINT " + k.substring(CatalogTypeObjects.CHECK_PREFIX.length())));
            }
        });
        String def = to.property(CatalogTypeObjects.DEFAULT);
        if (!same(from, to, CatalogTypeObjects.DEFAULT)) {
            out.add(Statement.of(head + (def == null ? "DROP DEFAULT" : "SET DEFAULT " + def)));
        }
        if (!same(from, to, CatalogTypeObjects.NOT_NULL)) {
            out.add(Statement.of(head + (to.property(CatalogTypeObjects.NOT_NULL) == null ? "DROP NOT NULL" : "SET NOT NULL")));
        }
        addedDomainChecks(from, to).forEach((name, check) ->
                out.add(Statement.of(head + "ADD CONSTRAINT " + name + " " + check)));
        return out;
    }

    private static boolean same(SchemaObject a, SchemaObject b, String property) {
        return Objects.equals(a.property(property), b.property(property));
    }
}
