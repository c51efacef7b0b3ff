package dev.syncdb.postgres;

import dev.syncdb.model.Index;
import dev.syncdb.model.IndexKey;

import java.util.stream.Collectors;

import static dev.syncdb.postgres.PostgresQuote.ident;

/** The PostgreSQL text of CREATE INDEX for a model {@link Index}. */
final class PgIndexSql {

    private PgIndexSql() {
    }

    /**
     * CREATE [UNIQUE] INDEX name ON table [USING method] (keys) [INCLUDE (...)] [NULLS NOT DISTINCT]
     * [WHERE predicate].
     */
    static String create(String table, Index i) {
        StringBuilder sb = new StringBuilder("CREATE ").append(i.unique() ? "UNIQUE " : "").append("INDEX ")
                .append(ident(i.name())).append(" ON ").append(PgNamespaces.sql(table));
        if (i.method() != null && !i.method().equalsIgnoreCase("btree")) {
            sb.append(" USING ").append(i.method());
        }
        sb.append(" (").append(i.keys().stream().map(PgIndexSql::key).collect(Collectors.joining(", "))).append(')');
        if (!i.include().isEmpty()) {
            sb.append(" INCLUDE (").append(i.include().stream().map(n -> ident(PostgresQuote.unquote(n)))
                    .collect(Collectors.joining(", "))).append(')');
        }
        if (i.nullsNotDistinct()) {
            sb.append(" NULLS NOT DISTINCT");
        }
        if (i.predicate() != null) {
            sb.append(" WHERE ").append(i.predicate());
        }
        return sb.toString();
    }

    /**
     * One key: a column (raw, or as pg_get_indexdef printed it) or a parenthesized expression, then
     * collation, opclass, order and NULLS placement.
     */
    static String key(IndexKey k) {
        String head = k.isExpression() ? "(" + k.expression() + ")" : ident(PostgresQuote.unquote(k.expression()));
        StringBuilder sb = new StringBuilder(head);
        if (k.collation() != null) {
            sb.append(" COLLATE ").append(PostgresQuote.collation(k.collation()));
        }
        if (k.opclass() != null) {
            sb.append(' ').append(k.opclass());
        }
        if (k.descending()) {
            sb.append(" DESC");
        }
        if (k.nullsFirst() != null) {
            sb.append(k.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
        }
        return sb.toString();
    }
}
