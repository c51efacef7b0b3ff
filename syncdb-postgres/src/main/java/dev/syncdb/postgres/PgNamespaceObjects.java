package dev.syncdb.postgres;

import dev.syncdb.model.ObjectRef;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.SchemaObject.Kind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.syncdb.postgres.PostgresQuote.ident;

/**
 * The objects compared by definition of a managed namespace other than a run's first, named the
 * model's way ({@link PgNamespaces}): read by the one-namespace inspector, each keeps its definition
 * and properties but its identity, and the tables, types and routines it names, gain the namespace.
 *
 * <ul>
 *   <li>a domain, a composite or range type, a function, procedure or aggregate is named
 *       {@code namespace.name}; its CREATE statement and the signature its DROP uses are qualified;</li>
 *   <li>a trigger, a policy or an index of a materialized view keeps its bare name (it lives beside
 *       its table) and names its table {@code namespace.table};</li>
 *   <li>an extension (one per database) and an event trigger keep their names; an extension placed
 *       in such a namespace says so ({@link #EXTENSION_SCHEMA}, and {@code SCHEMA} in its definition)
 *       and depends on that namespace's {@link Kind#SCHEMA} object;</li>
 *   <li>privileges name the namespace ({@link PgNamespacePrivileges}).</li>
 * </ul>
 * Dependencies inside the namespace are qualified the same way; those that cross managed namespaces
 * come from one query over all of them ({@link PgNamespaceDependencies}).
 */
final class PgNamespaceObjects {

    /** The namespace an extension lives in when it is not the run's first. */
    static final String EXTENSION_SCHEMA = "schema";

    private PgNamespaceObjects() {
    }

    /** {@code o}, read in namespace {@code ns}, named the model's way. */
    static SchemaObject qualified(SchemaObject o, String ns) {
        List<ObjectRef> needs = o.dependsOn().stream().map(r -> ref(r, ns)).toList();
        List<ObjectRef> users = o.usedBy().stream().map(r -> ref(r, ns)).toList();
        Map<String, String> props = new LinkedHashMap<>(o.properties());
        return switch (o.kind()) {
            case EXTENSION -> {
                props.put(EXTENSION_SCHEMA, ns);
                List<ObjectRef> withSchema = new java.util.ArrayList<>(needs);
                withSchema.add(new ObjectRef(Kind.SCHEMA, ns));
                yield new SchemaObject(o.kind(), o.name(), null, o.identity(),
                        o.definition() + " SCHEMA " + ident(ns), props, withSchema, users);
            }
            case PRIVILEGE -> PgNamespacePrivileges.qualified(o, ns, props, needs);
            case EVENT_TRIGGER -> new SchemaObject(o.kind(), o.name(), null, o.identity(), o.definition(), props, needs, users);
            case TRIGGER, POLICY, VIEW_INDEX -> new SchemaObject(o.kind(), o.name(), q(ns, o.table()),
                    q(ns, o.identity()), tableBound(o, ns), props, needs, users);
            case FUNCTION, PROCEDURE, AGGREGATE -> {
                String signature = props.remove(CatalogCodeObjects.SIGNATURE);
                props.remove(CatalogCodeObjects.SHADOWS_CATALOG);
                if (signature != null) {
                    props.put(CatalogCodeObjects.SIGNATURE, ident(ns) + "." + signature);
                }
                yield named(o, ns, routineDefinition(o, ns), props, needs, users);
            }
            default -> named(o, ns, afterHead(o.definition(), ident(o.name()), ns), props, needs, users);
        };
    }

    /** A reference made in namespace {@code ns}: qualified unless it names a database-wide object. */
    static ObjectRef ref(ObjectRef r, String ns) {
        return switch (r.kind()) {
            case EXTENSION, EVENT_TRIGGER, SCHEMA, PRIVILEGE -> r;
            default -> new ObjectRef(r.kind(), q(ns, r.identity()));
        };
    }

    private static SchemaObject named(SchemaObject o, String ns, String definition, Map<String, String> props,
                                      List<ObjectRef> needs, List<ObjectRef> users) {
        return new SchemaObject(o.kind(), q(ns, o.name()), null, q(ns, o.identity()), definition, props, needs, users);
    }

    /** pg_get_functiondef qualified the routine's name and the reader took the qualifier off: it goes back. */
    private static String routineDefinition(SchemaObject o, String ns) {
        if (o.kind() == Kind.AGGREGATE) {
            return afterHead(o.definition(), ident(o.name()), ns);
        }
        for (String head : List.of("CREATE OR REPLACE FUNCTION ", "CREATE OR REPLACE PROCEDURE ")) {
            if (o.definition().startsWith(head) && !o.definition().startsWith(head + ident(ns) + ".")) {
                return head + ident(ns) + "." + o.definition().substring(head.length());
            }
        }
        return o.definition();
    }

    /** The CREATE statement with the object's name, which follows its head, qualified. */
    private static String afterHead(String definition, String quotedName, String ns) {
        for (String head : List.of("CREATE DOMAIN ", "CREATE TYPE ", "CREATE AGGREGATE ")) {
            if (definition.startsWith(head + quotedName)) {
                return head + ident(ns) + "." + definition.substring(head.length());
            }
        }
        return definition;
    }

    /**
     * The CREATE of a policy or a materialized view's index names its table bare, as the reader wrote
     * it: the table is qualified (pg_get_triggerdef already qualifies a table off the search path).
     */
    private static String tableBound(SchemaObject o, String ns) {
        if (o.kind() == Kind.TRIGGER) {
            return o.definition();
        }
        String on = " ON " + ident(o.table()) + " ";
        int at = o.definition().indexOf(on);
        return at < 0 ? o.definition() : o.definition().substring(0, at) + " ON " + ident(ns) + "."
                + ident(o.table()) + " " + o.definition().substring(at + on.length());
    }

    private static String q(String ns, String name) {
        return PgNamespaces.qualify(ns, name);
    }
}
