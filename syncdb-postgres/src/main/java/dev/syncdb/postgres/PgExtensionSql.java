package dev.syncdb.postgres;

import dev.syncdb.model.SchemaObject;
import dev.syncdb.plan.RenderContext;
import dev.syncdb.plan.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static dev.syncdb.postgres.PostgresQuote.ident;
import static dev.syncdb.postgres.PostgresQuote.literal;

/**
 * The CREATE EXTENSION statement of a planned extension: {@code IF NOT EXISTS} (an extension is
 * one per database, and another namespace may already hold it), {@code SCHEMA} the managed namespace
 * when both sides of the plan name the same one (else the session's {@code search_path}, which is
 * the managed namespace, decides) or the other managed namespace it is placed in
 * ({@link PgNamespaceObjects#EXTENSION_SCHEMA}), and the {@code VERSION} the desired side has.
 */
final class PgExtensionSql {

    private PgExtensionSql() {
    }

    static Statement create(SchemaObject o, RenderContext ctx) {
        StringBuilder sql = new StringBuilder("CREATE EXTENSION IF NOT EXISTS ").append(ident(o.name()));
        String schema = dev.syncdb.dialect.Namespaces.first(ctx.current().name());
        String placed = o.property(PgNamespaceObjects.EXTENSION_SCHEMA);
        if (placed != null) {
            sql.append(" SCHEMA ").append(ident(placed));
        } else if (schema != null && Objects.equals(ctx.current().name(), ctx.desired().name())) {
            sql.append(" SCHEMA ").append(ident(schema));
        }
        String version = o.property(CatalogTypeObjects.VERSION);
        if (version != null) {
            sql.append(" VERSION ").append(literal(version));
        }
        return Statement.of(sql.toString());
    }

    /**
     * An extension whose version or managed namespace changes: ALTER EXTENSION ... SET SCHEMA to the
     * desired namespace (the run's first when none is named), then ... UPDATE TO its version.
     */
    static List<Statement> alter(SchemaObject from, SchemaObject to, String first) {
        List<Statement> out = new ArrayList<>();
        String fromSchema = from.property(PgNamespaceObjects.EXTENSION_SCHEMA);
        String toSchema = to.property(PgNamespaceObjects.EXTENSION_SCHEMA);
        if (!Objects.equals(fromSchema, toSchema) && (toSchema != null || first != null)) {
            out.add(Statement.of("ALTER EXTENSION " + ident(to.name()) + " SET SCHEMA "
                    + ident(toSchema != null ? toSchema : first)));
        }
        if (!Objects.equals(from.property(CatalogTypeObjects.VERSION), to.property(CatalogTypeObjects.VERSION))) {
            out.add(Statement.of("ALTER EXTENSION " + ident(to.name()) + " UPDATE TO "
                    + literal(to.property(CatalogTypeObjects.VERSION))));
        }
        return out;
    }
}
