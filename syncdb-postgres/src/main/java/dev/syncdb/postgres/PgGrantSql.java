package dev.syncdb.postgres;

import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.CreateObject;
import dev.syncdb.diff.SchemaChange.DropObject;
import dev.syncdb.diff.SchemaChange.ReplaceObject;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.plan.Hazard;
import dev.syncdb.plan.HazardCode;
import dev.syncdb.plan.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import static dev.syncdb.postgres.CatalogPrivileges.DEFAULT;
import static dev.syncdb.postgres.CatalogPrivileges.HAS;

/**
 * The PostgreSQL text of privilege changes ({@link SchemaObject.Kind#PRIVILEGE}, read by
 * {@link CatalogPrivileges}): the REVOKEs and GRANTs that take one grantee's privileges on one object
 * from one set to another. A new privilege object goes from the default set to its own, a dropped one
 * back to the default set, a changed one from its old set to its new one; default privileges the same
 * way behind ALTER DEFAULT PRIVILEGES. A REVOKE (of a privilege or
 * of its grant option) is hazard SC402, as is an owner that loses an object ({@code ALTER ... OWNER TO}).
 */
final class PgGrantSql {

    private PgGrantSql() {
    }

    static List<Statement> create(SchemaObject o, String namespace) {
        if (CatalogPrivileges.isOwner(o)) {
            return owner(o, o.property(CatalogPrivileges.OWNER));
        }
        return transition(o, namespace, CatalogPrivileges.privileges(o, DEFAULT), CatalogPrivileges.privileges(o, HAS));
    }

    static List<Statement> drop(SchemaObject o, String namespace) {
        if (CatalogPrivileges.isOwner(o)) {
            return owner(o, "CURRENT_USER");
        }
        return transition(o, namespace, CatalogPrivileges.privileges(o, HAS), CatalogPrivileges.privileges(o, DEFAULT));
    }

    static List<Statement> replace(SchemaObject from, SchemaObject to, String namespace) {
        if (CatalogPrivileges.isOwner(to)) {
            return owner(to, to.property(CatalogPrivileges.OWNER));
        }
        return transition(to, namespace, CatalogPrivileges.privileges(from, HAS), CatalogPrivileges.privileges(to, HAS));
    }

    /**
     * {@code ALTER object OWNER TO role}: an owner entry that is new or changed gives the object to its
     * role; a dropped one (the desired schema names no owner) gives it to the role applying the plan.
     */
    private static List<Statement> owner(SchemaObject o, String role) {
        return List.of(Statement.of("ALTER " + o.property(CatalogPrivileges.OWNER_OF) + " OWNER TO " + role));
    }

    /**
     * The SC402 hazard of a privilege change that takes something away, if it does; an owner that
     * changes or goes away loses the object and the privileges an owner has on it.
     */
    static void hazards(SchemaChange change, List<Hazard> out) {
        SchemaObject lostOwner = change instanceof DropObject d ? d.current()
                : change instanceof ReplaceObject r ? r.from() : null;
        if (lostOwner != null && CatalogPrivileges.isOwner(lostOwner)) {
            out.add(Hazard.of(HazardCode.PRIVILEGE_REVOKED, "ownership of " + lostOwner.property(CatalogPrivileges.OWNER_OF)
                    + " from " + lostOwner.name()));
            return;
        }
        if (change instanceof CreateObject c && CatalogPrivileges.isOwner(c.desired())) {
            return;
        }
        Map<String, Boolean> from;
        Map<String, Boolean> to;
        SchemaObject o;
        if (change instanceof CreateObject c && c.desired().kind() == SchemaObject.Kind.PRIVILEGE) {
            o = c.desired();
            from = CatalogPrivileges.privileges(o, DEFAULT);
            to = CatalogPrivileges.privileges(o, HAS);
        } else if (change instanceof DropObject d && d.current().kind() == SchemaObject.Kind.PRIVILEGE) {
            o = d.current();
            from = CatalogPrivileges.privileges(o, HAS);
            to = CatalogPrivileges.privileges(o, DEFAULT);
        } else if (change instanceof ReplaceObject r && r.to().kind() == SchemaObject.Kind.PRIVILEGE) {
            o = r.to();
            from = CatalogPrivileges.privileges(r.from(), HAS);
            to = CatalogPrivileges.privileges(o, HAS);
        } else {
            return;
        }
        List<String> lost = names(from, (p, g) -> !to.containsKey(p));
        lost.addAll(names(from, (p, g) -> g && Boolean.FALSE.equals(to.get(p))).stream()
                .map(p -> "grant option for " + p).toList());
        if (!lost.isEmpty()) {
            out.add(Hazard.of(HazardCode.PRIVILEGE_REVOKED, String.join(", ", lost) + " ON "
                    + o.identity().replaceFirst(" TO ", " from ")));
        }
    }

    /**
     * REVOKE what {@code to} lacks, REVOKE GRANT OPTION FOR what it keeps without, GRANT what it adds;
     * for default privileges each behind {@code ALTER DEFAULT PRIVILEGES FOR ROLE r IN SCHEMA namespace}.
     */
    private static List<Statement> transition(SchemaObject o, String namespace, Map<String, Boolean> from,
                                              Map<String, Boolean> to) {
        String on = " ON " + o.property(CatalogPrivileges.ON);
        String grantee = o.property(CatalogPrivileges.GRANTEE);
        String head = o.property(CatalogPrivileges.DEFAULTS_FOR) == null ? "" : "ALTER DEFAULT PRIVILEGES FOR ROLE "
                + o.property(CatalogPrivileges.DEFAULTS_FOR) + " IN SCHEMA "
                + PostgresQuote.ident(o.property(PgNamespacePrivileges.IN_SCHEMA) != null
                ? o.property(PgNamespacePrivileges.IN_SCHEMA) : namespace) + " ";
        List<Statement> out = new ArrayList<>();
        List<String> revoked = names(from, (p, g) -> !to.containsKey(p));
        if (!revoked.isEmpty()) {
            out.add(Statement.of(head + "REVOKE " + list(o, revoked) + on + " FROM " + grantee));
        }
        List<String> optionLost = names(from, (p, g) -> g && Boolean.FALSE.equals(to.get(p)));
        if (!optionLost.isEmpty()) {
            out.add(Statement.of(head + "REVOKE GRANT OPTION FOR " + list(o, optionLost) + on + " FROM " + grantee));
        }
        List<String> granted = names(to, (p, g) -> !g && !from.containsKey(p));
        if (!granted.isEmpty()) {
            out.add(Statement.of(head + "GRANT " + list(o, granted) + on + " TO " + grantee));
        }
        List<String> withOption = names(to, (p, g) -> g && !Boolean.TRUE.equals(from.get(p)));
        if (!withOption.isEmpty()) {
            out.add(Statement.of(head + "GRANT " + list(o, withOption) + on + " TO " + grantee + " WITH GRANT OPTION"));
        }
        return out;
    }

    private static List<String> names(Map<String, Boolean> privileges, BiPredicate<String, Boolean> keep) {
        List<String> out = new ArrayList<>();
        privileges.forEach((p, g) -> {
            if (keep.test(p, g)) {
                out.add(p);
            }
        });
        return out;
    }

    /** "SELECT, UPDATE", or for a column "SELECT (c), UPDATE (c)". */
    private static String list(SchemaObject o, List<String> privileges) {
        String column = o.property(CatalogPrivileges.COLUMN);
        return String.join(", ", column == null ? privileges
                : privileges.stream().map(p -> p + " (" + column + ")").toList());
    }
}
