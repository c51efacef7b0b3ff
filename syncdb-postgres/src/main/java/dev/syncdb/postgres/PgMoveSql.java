package dev.syncdb.postgres;

import dev.syncdb.diff.SchemaChange.MoveObject;
import dev.syncdb.plan.Statement;

import java.util.List;

import static dev.syncdb.postgres.PostgresQuote.ident;

/**
 * The PostgreSQL text of an object that moves to another managed namespace: {@code ALTER TABLE /
 * VIEW / MATERIALIZED VIEW / SEQUENCE / TYPE / DOMAIN / FUNCTION / PROCEDURE / AGGREGATE ... SET SCHEMA}, which
 * keeps the object itself (a table's rows, indexes, constraints and the foreign keys that point at
 * it, and the sequences its columns own, which move with it). Runs inside {@link PgNamespaces#within}.
 */
final class PgMoveSql {

    private PgMoveSql() {
    }

    /** The statement of move {@code m} in a run whose first namespace is {@code first}; none for a carried sequence. */
    static List<Statement> move(MoveObject m, String first) {
        if (m.carried()) {
            return List.of();
        }
        String target = PgNamespaces.namespaceOf(m.to());
        String to = " SET SCHEMA " + ident(target == null ? first : target);
        String sql = switch (m.kind()) {
            case TABLE -> "ALTER TABLE " + PgNamespaces.sql(m.from()) + to;
            case VIEW -> "ALTER " + (m.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + PgNamespaces.sql(m.from()) + to;
            case SEQUENCE -> "ALTER SEQUENCE " + PgNamespaces.sql(m.from()) + to;
            case ENUM, COMPOSITE_TYPE, RANGE_TYPE -> "ALTER TYPE " + PgNamespaces.sql(m.from()) + to;
            case DOMAIN -> "ALTER DOMAIN " + PgNamespaces.sql(m.from()) + to;
            case FUNCTION -> "ALTER FUNCTION " + PgObjectSql.routine(m.fromObject(), first) + to;
            case PROCEDURE -> "ALTER PROCEDURE " + PgObjectSql.routine(m.fromObject(), first) + to;
            case AGGREGATE -> "ALTER AGGREGATE " + PgObjectSql.routine(m.fromObject(), first) + to;
            default -> throw new UnsupportedOperationException("PostgreSQL does not move a " + m.kind().words()
                    + " between schemas: " + m.describe());
        };
        return List.of(Statement.of(sql));
    }
}
