package dev.syncdb.postgres;

import dev.syncdb.diff.SchemaChange.AlterColumn;
import dev.syncdb.model.CheckConstraint;
import dev.syncdb.model.Column;
import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.Index;
import dev.syncdb.model.IndexKey;
import dev.syncdb.model.Table;
import dev.syncdb.model.UniqueKey;
import dev.syncdb.plan.RenderContext;
import dev.syncdb.plan.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static dev.syncdb.postgres.PostgresQuote.ident;

/**
 * Replacing a column by dropping it and adding it again, for the changes PostgreSQL cannot make in
 * place (a new generation expression, a normal column becoming generated). DROP COLUMN silently
 * takes the column's indexes and constraints with it, so those that are meant to stay (present and
 * unchanged on both sides) are created again after the ADD COLUMN.
 */
final class PgColumnReplace {

    private PgColumnReplace() {
    }

    static List<Statement> dropAndAdd(AlterColumn c, RenderContext ctx) {
        List<Statement> out = new ArrayList<>();
        out.add(drop(c.table(), c.from().name()));
        out.addAll(add(c.table(), c.to(), ctx));
        return out;
    }

    static Statement drop(String table, String column) {
        return Statement.of("ALTER TABLE " + PgNamespaces.sql(table) + " DROP COLUMN " + ident(column));
    }

    /** ADD COLUMN with its comment, then the kept indexes and constraints that used the column. */
    static List<Statement> add(String table, Column to, RenderContext ctx) {
        List<Statement> out = new ArrayList<>();
        out.add(Statement.of("ALTER TABLE " + PgNamespaces.sql(table) + " ADD COLUMN " + PgTableSql.column(to)));
        if (to.comment() != null) {
            out.add(PgTableSql.columnComment(table, to.name(), to.comment()));
        }
        Optional<Table> cur = ctx.current().table(table);
        Optional<Table> want = ctx.desired().table(table);
        if (cur.isPresent() && want.isPresent()) {
            out.addAll(restore(cur.get(), want.get(), to.name()));
        }
        return out;
    }

    /**
     * The stored generated columns of {@code table} that read {@code column} and stay unchanged:
     * PostgreSQL refuses to change the type of a column a generation expression uses, so these are
     * dropped before and added back after (their values are computed again).
     */
    static List<Column> generatedReaders(String table, String column, RenderContext ctx) {
        Optional<Table> cur = ctx.current().table(table);
        Optional<Table> want = ctx.desired().table(table);
        if (cur.isEmpty() || want.isEmpty()) {
            return List.of();
        }
        Pattern word = mention(column);
        return cur.get().columns().stream()
                .filter(g -> g.generated() != null && !g.name().equals(column)
                        && word.matcher(g.generated().expression()).find()
                        && want.get().column(g.name()).filter(g::equals).isPresent())
                .toList();
    }

    /** The constraints and indexes of {@code want} that use {@code column} and exist unchanged in {@code cur}. */
    private static List<Statement> restore(Table cur, Table want, String column) {
        String t = want.name();
        Pattern word = mention(column);
        List<Statement> out = new ArrayList<>();
        if (want.primaryKey() != null && want.primaryKey().equals(cur.primaryKey())
                && want.primaryKey().columns().contains(column)) {
            out.add(PgTableSql.addConstraint(t, PgTableSql.primaryKey(want.primaryKey())));
        }
        for (UniqueKey u : want.uniqueKeys()) {
            if (cur.uniqueKeys().contains(u) && u.columns().contains(column)) {
                out.add(PgTableSql.addConstraint(t, PgTableSql.unique(u)));
            }
        }
        for (CheckConstraint ch : want.checks()) {
            if (cur.checks().contains(ch) && word.matcher(ch.expression()).find()) {
                out.add(PgTableSql.addConstraint(t, PgTableSql.check(ch)));
            }
        }
        for (Index i : want.indexes()) {
            boolean kept = cur.indexes().stream().anyMatch(o -> o.name().equals(i.name()) && o.sameShape(i));
            if (kept && uses(i, column, word)) {
                out.add(Statement.of(PgIndexSql.create(t, i)));
            }
        }
        for (ForeignKey f : want.foreignKeys()) {
            if (cur.foreignKeys().contains(f) && f.columns().contains(column)) {
                out.add(PgTableSql.addConstraint(t, PgTableSql.foreignKey(f)));
            }
        }
        return out;
    }

    private static boolean uses(Index i, String column, Pattern word) {
        for (IndexKey k : i.keys()) {
            boolean used = k.isExpression() ? word.matcher(k.expression()).find()
                    : PostgresQuote.unquote(k.expression()).equals(column);
            if (used) {
                return true;
            }
        }
        return i.include().stream().anyMatch(n -> PostgresQuote.unquote(n).equals(column))
                || (i.predicate() != null && word.matcher(i.predicate()).find());
    }

    /** A pattern that finds the column's name as a whole identifier in an expression text. */
    private static Pattern mention(String column) {
        String quoted = ident(column);
        if (quoted.startsWith("\"")) {
            return Pattern.compile(Pattern.quote(quoted));
        }
        return Pattern.compile("(?<![\\w\"$])" + Pattern.quote(column) + "(?![\\w\"$])");
    }
}
