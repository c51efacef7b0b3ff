package dev.syncdb.postgres;

import dev.syncdb.dialect.CatalogQuery;
import dev.syncdb.model.ObjectRef;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.SchemaObject.Kind;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.syncdb.postgres.PostgresQuote.ident;

/**
 * The readers of the catalog queries for functions and procedures, triggers, row-level security
 * policies and event triggers, and of the dependency query that links every object to what it needs and what uses it.
 */
final class CatalogCodeObjects {

    /** Property names the renderer replaces and drops functions by. */
    static final String SIGNATURE = "signature";
    static final String ARGUMENTS = "arguments";
    static final String RESULT = "result";
    /** Set on a window function ({@code WINDOW}): CREATE OR REPLACE cannot make a function one or undo it. */
    static final String WINDOW = "window";
    /** Set when a pg_catalog routine has the same name, so statements that name the routine qualify it. */
    static final String SHADOWS_CATALOG = "shadows_catalog";
    /** The comment on a routine, trigger or policy ({@code COMMENT ON}); absent when none. */
    static final String COMMENT = "comment";
    /**
     * A trigger's firing state when not the default (enabled for origin sessions): "disabled",
     * "replica" (fires only for replication sessions) or "always".
     */
    static final String TRIGGER_STATE = "trigger_state";

    private CatalogCodeObjects() {
    }

    static void read(CatalogQuery query, List<SchemaObject> out) throws SQLException {
        query.run("functions", rs -> {
            String name = rs.getString("name");
            String identity = name + "(" + rs.getString("argument_types") + ")";
            Map<String, String> props = new LinkedHashMap<>();
            props.put(SIGNATURE, ident(name) + "(" + rs.getString("identity_arguments") + ")");
            props.put(ARGUMENTS, rs.getString("arguments"));
            if (rs.getBoolean("shadows_catalog")) {
                props.put(SHADOWS_CATALOG, "true");
            }
            if (rs.getBoolean("window_function")) {
                props.put(WINDOW, "true");
            }
            if (rs.getString("result") != null) {
                props.put(RESULT, rs.getString("result"));
            }
            putIfSet(props, COMMENT, rs.getString("comment"));
            String definition = unqualified(rs.getString("definition").strip(), rs.getString("quoted_schema"));
            out.add(new SchemaObject(rs.getBoolean("procedure") ? Kind.PROCEDURE : Kind.FUNCTION, name, null,
                    identity, definition, props, List.of(), List.of()));
        });
        query.run("triggers", rs -> {
            String table = rs.getString("table_name");
            String name = rs.getString("name");
            Map<String, String> props = new LinkedHashMap<>();
            putIfSet(props, TRIGGER_STATE, state(rs.getString("enabled")));
            putIfSet(props, COMMENT, rs.getString("comment"));
            out.add(new SchemaObject(Kind.TRIGGER, name, table, table + "." + name, rs.getString("definition"),
                    props, List.of(), List.of()));
        });
        query.run("policies", rs -> {
            String table = rs.getString("table_name");
            String name = rs.getString("name");
            StringBuilder sql = new StringBuilder("CREATE POLICY " + ident(name) + " ON " + ident(table)
                    + " AS " + (rs.getBoolean("permissive") ? "PERMISSIVE" : "RESTRICTIVE")
                    + " FOR " + rs.getString("command") + " TO " + rs.getString("roles"));
            if (rs.getString("using_expr") != null) {
                sql.append(" USING (").append(rs.getString("using_expr")).append(")");
            }
            if (rs.getString("check_expr") != null) {
                sql.append(" WITH CHECK (").append(rs.getString("check_expr")).append(")");
            }
            Map<String, String> props = new LinkedHashMap<>();
            putIfSet(props, COMMENT, rs.getString("comment"));
            out.add(new SchemaObject(Kind.POLICY, name, table, table + "." + name, sql.toString(),
                    props, List.of(), List.of()));
        });
        query.run("event_triggers", rs -> out.add(eventTrigger(rs)));
    }

    /**
     * An event trigger: CREATE EVENT TRIGGER name ON event [WHEN TAG IN (...)] EXECUTE FUNCTION f(),
     * written from the catalog (tags sorted, so their order in the source does not count); its
     * firing state and comment beside it, as for triggers.
     */
    private static SchemaObject eventTrigger(java.sql.ResultSet rs) throws SQLException {
        String name = rs.getString("name");
        StringBuilder sql = new StringBuilder("CREATE EVENT TRIGGER " + ident(name) + " ON " + rs.getString("event"));
        Object[] tags = CatalogQuery.array(rs, "tags");
        if (tags.length > 0) {
            sql.append(" WHEN TAG IN (").append(java.util.Arrays.stream(tags).map(t -> PostgresQuote.literal(t.toString()))
                    .collect(java.util.stream.Collectors.joining(", "))).append(')');
        }
        sql.append(" EXECUTE FUNCTION ").append(rs.getString("function_name")).append("()");
        Map<String, String> props = new LinkedHashMap<>();
        putIfSet(props, TRIGGER_STATE, state(rs.getString("enabled")));
        putIfSet(props, COMMENT, rs.getString("comment"));
        return new SchemaObject(Kind.EVENT_TRIGGER, name, null, name, sql.toString(), props, List.of(), List.of());
    }

    /** A trigger's or event trigger's firing state when not the default. */
    private static String state(String enabled) {
        return switch (enabled) {
            case "D" -> "disabled";
            case "R" -> "replica";
            case "A" -> "always";
            default -> null;
        };
    }

    /**
     * pg_get_functiondef always qualifies the routine's own name with its schema; without it the
     * text is the same in the live namespace and in a scratch one of another name.
     */
    static String unqualified(String definition, String quotedSchema) {
        for (String head : List.of("CREATE OR REPLACE FUNCTION ", "CREATE OR REPLACE PROCEDURE ")) {
            if (definition.startsWith(head + quotedSchema + ".")) {
                return head + definition.substring(head.length() + quotedSchema.length() + 1);
            }
        }
        return definition;
    }

    private static void putIfSet(Map<String, String> props, String key, String value) {
        if (value != null) {
            props.put(key, value);
        }
    }

    private static void addOnce(List<ObjectRef> refs, ObjectRef r) {
        if (!refs.contains(r)) {
            refs.add(r);
        }
    }

    /**
     * The objects with their dependencies filled in from the dependency query: what each needs
     * ({@link SchemaObject#dependsOn()}), and the tables and views that need it ({@link SchemaObject#usedBy()}).
     */
    static List<SchemaObject> withDependencies(CatalogQuery query, List<SchemaObject> objects) throws SQLException {
        if (objects.isEmpty()) {
            return List.of(); // nothing to fill in: a schema of tables and views alone skips the query
        }
        Map<ObjectRef, List<ObjectRef>> needs = new HashMap<>();
        Map<ObjectRef, List<ObjectRef>> users = new HashMap<>();
        query.run("object_deps", rs -> {
            ObjectRef a = new ObjectRef(Kind.valueOf(rs.getString("kind")), rs.getString("ident"));
            ObjectRef b = new ObjectRef(Kind.valueOf(rs.getString("ref_kind")), rs.getString("ref_ident"));
            List<ObjectRef> needed = needs.computeIfAbsent(a, k -> new ArrayList<>());
            addOnce(needed, b);
            String column = rs.getString("ref_column");
            if (column != null && a.kind() != Kind.TABLE && a.kind() != Kind.VIEW) {
                addOnce(needed, new ObjectRef(Kind.COLUMN, b.identity() + "." + column));
            }
            if (a.kind() == Kind.TABLE || a.kind() == Kind.VIEW) {
                addOnce(users.computeIfAbsent(b, k -> new ArrayList<>()), a);
            }
        });
        List<SchemaObject> out = new ArrayList<>();
        for (SchemaObject o : objects) {
            out.add(new SchemaObject(o.kind(), o.name(), o.table(), o.identity(), o.definition(), o.properties(),
                    needs.getOrDefault(o.ref(), List.of()), users.getOrDefault(o.ref(), List.of())));
        }
        return out;
    }
}
