package dev.syncdb.postgres;

import dev.syncdb.dialect.CatalogQuery;
import dev.syncdb.model.ObjectRef;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.SchemaObject.Kind;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reader of the privileges and default privileges queries: one {@link Kind#PRIVILEGE} object per object and grantee whose
 * privileges differ from what PostgreSQL gives that grantee by default (nothing, except EXECUTE on
 * routines and USAGE on types for PUBLIC). Its properties hold where the privileges are ({@link #ON},
 * {@link #COLUMN}), who holds them ({@link #GRANTEE}), and both sets, privilege by privilege
 * ({@link #HAS} and {@link #DEFAULT} prefixes, valued {@link #PLAIN} or {@link #WITH_GRANT_OPTION}),
 * so the renderer can write the GRANTs and REVOKEs from one set to the other; {@code dependsOn} names
 * the object they are on (the table of a column), none for the namespace. The definition is a
 * canonical text of both sets, so equal privileges read the same on a live database and in a
 * scratch place.
 */
final class CatalogPrivileges {
    static final String ON = "on";
    static final String COLUMN = "column";
    static final String GRANTEE = "grantee";
    /** On default privileges: the role whose future objects they apply to (quoted). */
    static final String DEFAULTS_FOR = "defaults_for";
    static final String HAS = "has:";
    static final String DEFAULT = "default:";
    static final String PLAIN = "plain";
    static final String WITH_GRANT_OPTION = "with grant option";
    /** On an owner entry: the object as ALTER ... OWNER TO names it ({@code TABLE accounts}). */
    static final String OWNER_OF = "owner_of";
    /** On an owner entry: the owning role (quoted). */
    static final String OWNER = "owner";

    private CatalogPrivileges() {
    }

    /** One object and grantee while its rows are read. */
    private static final class Holder {
        final String identity;
        final Map<String, String> properties = new TreeMap<>();
        final Map<String, Boolean> actual = new TreeMap<>();
        final Map<String, Boolean> dflt = new TreeMap<>();
        final String grantee;
        final List<ObjectRef> on;

        Holder(String identity, String grantee, ObjectRef on) {
            this.identity = identity;
            this.grantee = grantee;
            this.on = on == null ? List.of() : List.of(on);
        }
    }

    static void read(CatalogQuery query, List<SchemaObject> out) throws SQLException {
        Map<String, Holder> holders = new LinkedHashMap<>();
        query.run("privileges", rs -> {
            String grantee = rs.getString("grantee") == null ? "PUBLIC" : rs.getString("grantee");
            String object = rs.getString("object");
            String identity = rs.getString("on_kind") + (object.isEmpty() ? "" : " " + object) + " TO " + grantee;
            String kind = rs.getString("target_kind");
            ObjectRef on = kind == null ? null : new ObjectRef(Kind.valueOf(kind), object.contains(".") && "COLUMN"
                    .equals(rs.getString("on_kind")) ? object.substring(0, object.indexOf('.')) : object);
            Holder h = holders.computeIfAbsent(identity, k -> new Holder(k, grantee, on));
            h.properties.put(ON, rs.getString("on_sql"));
            if (rs.getString("column_sql") != null) {
                h.properties.put(COLUMN, rs.getString("column_sql"));
            }
            h.properties.put(GRANTEE, rs.getString("grantee_sql"));
            ("actual".equals(rs.getString("side")) ? h.actual : h.dflt)
                    .merge(rs.getString("privilege_type"), rs.getBoolean("is_grantable"), Boolean::logicalOr);
        });
        for (Holder h : holders.values()) {
            if (!h.actual.equals(h.dflt)) {
                out.add(object(h));
            }
        }
        readDefaults(query, out);
        readOwners(query, out);
    }

    /**
     * Owners other than the role that reads the catalog, one entry per object, identified as
     * {@code TABLE accounts OWNER} and named after the owner (so a missing role is found before a
     * run like a missing grantee): compared with the privileges, an owner the desired schema does not
     * give (the role building it owns the object) is the role that applies the plan.
     */
    private static void readOwners(CatalogQuery query, List<SchemaObject> out) throws SQLException {
        query.run("owners", rs -> {
            String owner = rs.getString("owner");
            String object = rs.getString("object");
            Map<String, String> props = new TreeMap<>();
            props.put(OWNER_OF, rs.getString("on_sql"));
            props.put(OWNER, PostgresQuote.ident(owner));
            out.add(new SchemaObject(Kind.PRIVILEGE, owner, null, rs.getString("on_kind") + " " + object + " OWNER",
                    "OWNER OF " + rs.getString("on_sql") + ": " + owner, props,
                    List.of(new ObjectRef(Kind.valueOf(rs.getString("target_kind")), object)), List.of()));
        });
    }

    /** Whether {@code o} is an owner entry rather than a grantee's privileges. */
    static boolean isOwner(SchemaObject o) {
        return o.kind() == Kind.PRIVILEGE && o.property(OWNER_OF) != null;
    }

    /**
     * Default privileges ({@code ALTER DEFAULT PRIVILEGES FOR ROLE r IN SCHEMA s}), one object per
     * creating role, object type and grantee, identified as {@code future TABLES created by r TO g};
     * {@link #DEFAULTS_FOR} holds the role, so the renderer writes the ALTER DEFAULT PRIVILEGES form.
     * Their default set is empty (a schema's entries only add to the global ones).
     */
    private static void readDefaults(CatalogQuery query, List<SchemaObject> out) throws SQLException {
        Map<String, Holder> holders = new LinkedHashMap<>();
        query.run("default_privileges", rs -> {
            String grantee = rs.getString("grantee") == null ? "PUBLIC" : rs.getString("grantee");
            String identity = "future " + rs.getString("on_sql") + " created by " + rs.getString("role") + " TO " + grantee;
            Holder h = holders.computeIfAbsent(identity, k -> new Holder(k, grantee, null));
            h.properties.put(ON, rs.getString("on_sql"));
            h.properties.put(DEFAULTS_FOR, rs.getString("role_sql"));
            h.properties.put(GRANTEE, rs.getString("grantee_sql"));
            h.actual.merge(rs.getString("privilege_type"), rs.getBoolean("is_grantable"), Boolean::logicalOr);
        });
        holders.values().forEach(h -> out.add(object(h)));
    }

    private static SchemaObject object(Holder h) {
        h.actual.forEach((p, g) -> h.properties.put(HAS + p, g ? WITH_GRANT_OPTION : PLAIN));
        h.dflt.forEach((p, g) -> h.properties.put(DEFAULT + p, g ? WITH_GRANT_OPTION : PLAIN));
        String definition = "ON " + h.identity + ": " + describe(h.actual)
                + (h.dflt.isEmpty() ? "" : " (by default: " + describe(h.dflt) + ")");
        return new SchemaObject(Kind.PRIVILEGE, h.grantee, null, h.identity, definition, h.properties,
                h.on, List.of());
    }

    /** "INSERT, SELECT WITH GRANT OPTION", or "none". */
    static String describe(Map<String, Boolean> privileges) {
        if (privileges.isEmpty()) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        privileges.forEach((p, g) -> sb.append(sb.length() == 0 ? "" : ", ").append(p).append(g ? " WITH GRANT OPTION" : ""));
        return sb.toString();
    }

    /** The privileges of {@code o} under {@code prefix} ({@link #HAS} or {@link #DEFAULT}): name to grant option. */
    static Map<String, Boolean> privileges(SchemaObject o, String prefix) {
        Map<String, Boolean> out = new TreeMap<>();
        o.properties().forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), WITH_GRANT_OPTION.equals(v));
            }
        });
        return out;
    }
}
