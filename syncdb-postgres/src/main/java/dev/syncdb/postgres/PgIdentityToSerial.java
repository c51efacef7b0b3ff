package dev.syncdb.postgres;

import dev.syncdb.model.Column;
import dev.syncdb.model.Sequence;
import dev.syncdb.plan.RenderContext;
import dev.syncdb.plan.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turning an identity column into a serial one (a default of {@code nextval} on a sequence the
 * column owns): the new sequence is created while the identity still exists, so it takes over the
 * identity sequence's position ({@code pg_sequence_last_value}); when the identity's own sequence
 * holds the new sequence's name (PostgreSQL names both {@code table_column_seq}), it is renamed out
 * of the way first. The column's DROP IDENTITY, which later drops that old sequence, and its new
 * default follow in the column's own step.
 */
final class PgIdentityToSerial {
    private static final String OLD_SUFFIX = "__identity_old";

    private PgIdentityToSerial() {
    }

    /** CREATE SEQUENCE, preceded and followed by the take-over when the sequence replaces a column's identity. */
    static List<Statement> create(Sequence bare, RenderContext ctx) {
        Optional<Column> column = replacedIdentity(bare.name(), ctx);
        if (column.isEmpty()) {
            return PgSequenceSql.create(bare);
        }
        Sequence owned = ctx.desired().sequences().stream().filter(s -> s.name().equals(bare.name())).findFirst().orElseThrow();
        String table = owned.ownedByTable();
        List<Statement> out = new ArrayList<>();
        if (bare.name().equals(defaultName(table, column.get().name()))) {
            out.add(Statement.of("ALTER SEQUENCE " + PostgresQuote.ident(bare.name()) + " RENAME TO "
                    + PostgresQuote.ident(bare.name() + OLD_SUFFIX)));
        }
        out.addAll(PgSequenceSql.create(bare));
        String identitySeq = "pg_get_serial_sequence(" + PostgresQuote.literal(PostgresQuote.ident(table)) + ", "
                + PostgresQuote.literal(column.get().name()) + ")::regclass";
        out.add(Statement.of("SELECT setval(" + PostgresQuote.literal(PostgresQuote.ident(bare.name())) + "::regclass, "
                + "pg_sequence_last_value(" + identitySeq + "), true) WHERE pg_sequence_last_value(" + identitySeq
                + ") IS NOT NULL"));
        return out;
    }

    /**
     * The current identity column that the desired sequence {@code name} takes over: the column
     * owning it in the desired schema, which is an identity now and is none in the desired schema.
     */
    static Optional<Column> replacedIdentity(String name, RenderContext ctx) {
        Optional<Sequence> owned = ctx.desired().sequences().stream()
                .filter(s -> s.name().equals(name) && s.ownedByTable() != null).findFirst();
        if (owned.isEmpty() || ctx.current().sequences().stream().anyMatch(s -> s.name().equals(name))) {
            return Optional.empty();
        }
        String table = owned.get().ownedByTable();
        String col = owned.get().ownedByColumn();
        Optional<Column> now = ctx.current().table(table).flatMap(t -> t.column(col)).filter(c -> c.identity() != null);
        Optional<Column> then = ctx.desired().table(table).flatMap(t -> t.column(col)).filter(c -> c.identity() == null);
        return now.isPresent() && then.isPresent() ? now : Optional.empty();
    }

    /** The name PostgreSQL gives the sequence of {@code table.column} (identity or serial), within 63 bytes. */
    static String defaultName(String table, String column) {
        String name = table + "_" + column + "_seq";
        return name.length() <= 63 ? name : null;
    }

}
