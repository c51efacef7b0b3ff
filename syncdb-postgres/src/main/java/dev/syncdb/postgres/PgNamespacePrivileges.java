package dev.syncdb.postgres;

import dev.syncdb.model.ObjectRef;
import dev.syncdb.model.SchemaObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.syncdb.postgres.PostgresQuote.ident;

/**
 * The privileges ({@link SchemaObject.Kind#PRIVILEGE}) read in a managed namespace other than a run's
 * first, named so that they differ from the first's and their GRANTs reach the right objects: the
 * object in the identity is qualified ({@code TABLE billing.invoices TO clerk}, {@code SCHEMA billing TO
 * clerk}), the {@code ON} text is qualified (the namespace's own already names it), default privileges
 * say their namespace ({@code future TABLES in billing created by ...} and {@link #IN_SCHEMA}, which
 * their ALTER DEFAULT PRIVILEGES names), and privileges on the namespace depend on its
 * {@link SchemaObject.Kind#SCHEMA} object.
 */
final class PgNamespacePrivileges {

    /** The namespace of default privileges read in a namespace other than the run's first. */
    static final String IN_SCHEMA = "in_schema";

    private PgNamespacePrivileges() {
    }

    static SchemaObject qualified(SchemaObject o, String ns, Map<String, String> props, List<ObjectRef> needs) {
        if (CatalogPrivileges.isOwner(o)) {
            return owner(o, ns, props, needs);
        }
        String identity;
        List<ObjectRef> refs = new ArrayList<>(needs);
        if (o.identity().startsWith("future ")) {
            identity = "future " + o.identity().substring("future ".length()).replaceFirst(" created by ",
                    java.util.regex.Matcher.quoteReplacement(" in " + ns + " created by "));
            props.put(IN_SCHEMA, ns);
        } else if (o.identity().startsWith("SCHEMA TO ")) {
            identity = "SCHEMA " + ns + o.identity().substring("SCHEMA".length());
            refs.add(new ObjectRef(SchemaObject.Kind.SCHEMA, ns));
        } else {
            int space = o.identity().indexOf(' ');
            identity = o.identity().substring(0, space + 1) + PgNamespaces.qualify(ns, o.identity().substring(space + 1));
            String on = props.get(CatalogPrivileges.ON);
            int word = on.indexOf(' ');
            props.put(CatalogPrivileges.ON, on.substring(0, word + 1) + ident(ns) + "." + on.substring(word + 1));
        }
        String definition = o.definition().startsWith("ON " + o.identity() + ":")
                ? "ON " + identity + o.definition().substring(("ON " + o.identity()).length()) : o.definition();
        return new SchemaObject(o.kind(), o.name(), null, identity, definition, props, refs, o.usedBy());
    }

    /**
     * An owner entry ({@code TABLE invoices OWNER}) read in namespace {@code ns}: the object it names,
     * in the identity and in the {@code ALTER ... OWNER TO} text, is qualified.
     */
    private static SchemaObject owner(SchemaObject o, String ns, Map<String, String> props, List<ObjectRef> needs) {
        String object = o.dependsOn().get(0).identity();
        String kind = o.identity().substring(0, o.identity().length() - (object + " OWNER").length());
        String on = props.get(CatalogPrivileges.OWNER_OF);
        props.put(CatalogPrivileges.OWNER_OF, on.substring(0, kind.length()) + ident(ns) + "." + on.substring(kind.length()));
        return new SchemaObject(o.kind(), o.name(), null, kind + PgNamespaces.qualify(ns, object) + " OWNER",
                "OWNER OF " + props.get(CatalogPrivileges.OWNER_OF) + ": " + o.name(), props, needs, o.usedBy());
    }
}
