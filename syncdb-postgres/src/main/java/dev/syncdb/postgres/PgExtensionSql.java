package dev.syncdb.postgres;

import dev.syncdb.model.SchemaObject;
import dev.syncdb.plan.RenderContext;
import dev.syncdb.plan.Statement;

import java.util.Objects;

import static dev.syncdb.postgres.PostgresQuote.ident;
import static dev.syncdb.postgres.PostgresQuote.literal;

/**
 * The CREATE EXTENSION statement of a planned extension: {@code IF NOT EXISTS} (an extension is
 * one per database, and another namespace may already hold it), {@code SCHEMA} the managed namespace
 * when both sides of the plan name the same one (else the session's {@code search_path}, which is
 * the managed namespace, decides), and the {@code VERSION} the desired side has.
 */
final class PgExtensionSql {

    private PgExtensionSql() {
    }

    static Statement create(SchemaObject o, RenderContext ctx) {
        StringBuilder sql = new StringBuilder("CREATE EXTENSION IF NOT EXISTS ").append(ident(o.name()));
        String schema = dev.syncdb.dialect.Namespaces.first(ctx.current().name());
        if (schema != null && Objects.equals(ctx.current().name(), ctx.desired().name())) {
            sql.append(" SCHEMA ").append(ident(schema));
        }
        String version = o.property(CatalogTypeObjects.VERSION);
        if (version != null) {
            sql.append(" VERSION ").append(literal(version));
        }
        return Statement.of(sql.toString());
    }
}
