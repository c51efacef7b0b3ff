package dev.syncdb.postgres;

import dev.syncdb.model.SchemaObject;
import dev.syncdb.plan.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static dev.syncdb.postgres.PostgresQuote.ident;
import static dev.syncdb.postgres.PostgresQuote.literal;

/**
 * What an object's definition does not print but the catalog keeps beside it: the comment on a
 * routine, trigger, policy or event trigger ({@code COMMENT ON}), and a trigger's firing state
 * ({@code ALTER TABLE ... ENABLE/DISABLE TRIGGER}, {@code ALTER EVENT TRIGGER ... ENABLE/DISABLE}). Both are compared ({@link PostgresDiffHooks#sameObject}) and set after
 * the object is created, or alone when nothing else changed.
 */
final class PgObjectState {

    private PgObjectState() {
    }

    /** Whether both objects have the same comment and trigger state. */
    static boolean same(SchemaObject a, SchemaObject b) {
        return Objects.equals(a.property(CatalogCodeObjects.COMMENT), b.property(CatalogCodeObjects.COMMENT))
                && Objects.equals(a.property(CatalogCodeObjects.TRIGGER_STATE), b.property(CatalogCodeObjects.TRIGGER_STATE));
    }

    /**
     * The statements that take {@code to}'s state and comment from {@code from}'s ({@code from} null
     * for a new object, which has the default state and no comment).
     */
    static List<Statement> set(SchemaObject from, SchemaObject to, String namespace) {
        List<Statement> out = new ArrayList<>();
        String state = to.property(CatalogCodeObjects.TRIGGER_STATE);
        boolean stateChanged = !Objects.equals(from == null ? null : from.property(CatalogCodeObjects.TRIGGER_STATE), state);
        if (to.kind() == SchemaObject.Kind.TRIGGER && stateChanged) {
            out.add(Statement.of("ALTER TABLE " + PgNamespaces.sql(to.table()) + " " + stateClause(state) + " TRIGGER " + ident(to.name())));
        } else if (to.kind() == SchemaObject.Kind.EVENT_TRIGGER && stateChanged) {
            out.add(Statement.of("ALTER EVENT TRIGGER " + ident(to.name()) + " " + stateClause(state)));
        }
        String comment = to.property(CatalogCodeObjects.COMMENT);
        if (!Objects.equals(from == null ? null : from.property(CatalogCodeObjects.COMMENT), comment)) {
            String target = target(to, namespace);
            if (target != null) {
                out.add(Statement.of("COMMENT ON " + target + " IS " + (comment == null ? "NULL" : literal(comment))));
            }
        }
        return out;
    }

    private static String stateClause(String state) {
        if (state == null) {
            return "ENABLE";
        }
        return switch (state) {
            case "disabled" -> "DISABLE";
            case "replica" -> "ENABLE REPLICA";
            case "always" -> "ENABLE ALWAYS";
            default -> throw new IllegalStateException("unknown trigger state " + state);
        };
    }

    /** What COMMENT ON names for the object, or null for kinds whose comment is not managed. */
    private static String target(SchemaObject o, String namespace) {
        return switch (o.kind()) {
            case FUNCTION -> "FUNCTION " + PgObjectSql.routine(o, namespace);
            case PROCEDURE -> "PROCEDURE " + PgObjectSql.routine(o, namespace);
            case AGGREGATE -> "AGGREGATE " + PgObjectSql.routine(o, namespace);
            case TRIGGER -> "TRIGGER " + ident(o.name()) + " ON " + PgNamespaces.sql(o.table());
            case POLICY -> "POLICY " + ident(o.name()) + " ON " + PgNamespaces.sql(o.table());
            case EVENT_TRIGGER -> "EVENT TRIGGER " + ident(o.name());
            default -> null;
        };
    }
}
