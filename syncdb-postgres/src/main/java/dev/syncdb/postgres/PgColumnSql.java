package dev.syncdb.postgres;

import dev.syncdb.diff.ColumnAspect;
import dev.syncdb.diff.SchemaChange.AlterColumn;
import dev.syncdb.diff.TypeChangeKind;
import dev.syncdb.model.Column;
import dev.syncdb.model.DataType;
import dev.syncdb.model.EnumType;
import dev.syncdb.model.Identity;
import dev.syncdb.plan.RenderContext;
import dev.syncdb.plan.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.syncdb.diff.ColumnAspect.COLLATION;
import static dev.syncdb.diff.ColumnAspect.DEFAULT;
import static dev.syncdb.diff.ColumnAspect.GENERATED;
import static dev.syncdb.diff.ColumnAspect.IDENTITY;
import static dev.syncdb.diff.ColumnAspect.NULLABLE;
import static dev.syncdb.diff.ColumnAspect.TYPE;
import static dev.syncdb.postgres.PostgresQuote.ident;

/**
 * The PostgreSQL statements of one {@link AlterColumn}: one ALTER TABLE … ALTER COLUMN per aspect,
 * in the order PostgreSQL accepts them (an expression or identity goes before the default is
 * dropped, NOT NULL is set before an identity is added, the default is restored after a cast).
 */
final class PgColumnSql {

    /** Judges type changes the same way the planner's hazards do. */
    private static final PostgresDiffHooks HOOKS = new PostgresDiffHooks();

    private PgColumnSql() {
    }

    static List<Statement> alter(AlterColumn c, RenderContext ctx) {
        if (c.aspects().contains(GENERATED) && c.to().generated() != null) {
            return PgColumnReplace.dropAndAdd(c, ctx);
        }
        if (!c.aspects().contains(TYPE)) {
            return inPlace(c, ctx);
        }
        List<Column> readers = PgColumnReplace.generatedReaders(c.table(), c.from().name(), ctx);
        List<Statement> out = new ArrayList<>();
        readers.forEach(g -> out.add(PgColumnReplace.drop(c.table(), g.name())));
        out.addAll(inPlace(c, ctx));
        readers.forEach(g -> out.addAll(PgColumnReplace.add(c.table(), g, ctx)));
        return out;
    }

    /** The ALTER COLUMN clauses of one change, in an order PostgreSQL accepts. */
    private static List<Statement> inPlace(AlterColumn c, RenderContext ctx) {
        Set<ColumnAspect> a = c.aspects();
        Column from = c.from();
        Column to = c.to();
        String prefix = "ALTER TABLE " + PgNamespaces.sql(c.table()) + " ALTER COLUMN " + ident(to.name()) + " ";
        List<String> out = new ArrayList<>();
        if (a.contains(GENERATED)) {
            out.add(prefix + "DROP EXPRESSION");
        }
        if (a.contains(IDENTITY) && from.identity() != null && to.identity() == null) {
            out.add(prefix + "DROP IDENTITY");
        }
        String using = a.contains(TYPE) ? using(c, ctx) : null;
        boolean dropDefault = from.defaultExpr() != null
                && ((a.contains(DEFAULT) && to.defaultExpr() == null) || using != null);
        if (dropDefault) {
            out.add(prefix + "DROP DEFAULT");
        }
        if (a.contains(TYPE) || a.contains(COLLATION)) {
            out.add(prefix + type(to, a.contains(COLLATION), using));
        }
        if (a.contains(NULLABLE) && !to.nullable()) {
            ctx.fixes().backfill(c.table(), to.name()).ifPresent(v -> out.add(backfill(c.table(), to.name(), v)));
        }
        if (a.contains(NULLABLE)) {
            out.add(prefix + (to.nullable() ? "DROP NOT NULL" : "SET NOT NULL"));
        }
        if (to.defaultExpr() != null && (a.contains(DEFAULT) || dropDefault)) {
            out.add(prefix + "SET DEFAULT " + to.defaultExpr());
        }
        String oldSequence = a.contains(IDENTITY) && from.identity() == null ? PgSerial.sequence(from) : null;
        if (oldSequence != null) {
            out.addAll(PgSerial.renameAway(oldSequence));
        }
        if (a.contains(IDENTITY) && to.identity() != null) {
            identity(from.identity(), to.identity()).ifPresent(s -> out.add(prefix + s));
        }
        if (oldSequence != null && to.identity() != null) {
            out.addAll(PgSerial.carryOver(c.table(), to.name(), oldSequence));
        }
        return out.stream().map(Statement::of).toList();
    }

    /** TYPE t [COLLATE c] [USING expr]; a collation reset to the type's default is COLLATE "default". */
    private static String type(Column to, boolean collationChanged, String using) {
        StringBuilder sb = new StringBuilder("TYPE ").append(to.type().sql());
        if (to.collation() != null || collationChanged) {
            sb.append(" COLLATE ").append(PostgresQuote.collation(to.collation() == null ? "default" : to.collation()));
        }
        if (using != null) {
            sb.append(" USING ").append(using);
        }
        return sb.toString();
    }

    /**
     * The USING expression of a type change, or null when PostgreSQL converts on its own: the user's
     * {@code --using} expression when given; values of
     * an enum type go through text; other changes between unrelated types (a CAST for
     * {@link PostgresDiffHooks#classifyTypeChange}) get an explicit cast.
     * Narrowing within a family gets none, so that a value that does not fit fails the statement
     * instead of being silently truncated by an explicit cast to varchar(n).
     */
    static String using(AlterColumn c, RenderContext ctx) {
        var given = ctx.fixes().using(c.table(), c.to().name());
        if (given.isPresent()) {
            return "(" + given.get() + ")";
        }
        DataType from = c.from().type();
        DataType to = c.to().type();
        String col = ident(c.to().name());
        Set<String> enums = enumTypes(ctx);
        if (enums.contains(PostgresTypes.parse(from).base()) || enums.contains(PostgresTypes.parse(to).base())) {
            String text = PostgresTypes.parse(from).array() ? "text[]" : "text";
            return to.sql().equals(text) ? col + "::" + text : col + "::" + text + "::" + to.sql();
        }
        return HOOKS.classifyTypeChange(from, to) == TypeChangeKind.CAST ? col + "::" + to.sql() : null;
    }

    /** The names of both sides' enum types, bare and as format_type prints them (quoted if needed). */
    static Set<String> enumTypes(RenderContext ctx) {
        return Stream.concat(ctx.current().enums().stream(), ctx.desired().enums().stream())
                .map(EnumType::name).flatMap(n -> Stream.of(n, PgNamespaces.sql(n))).collect(Collectors.toSet());
    }

    /** The {@code --backfill} UPDATE that replaces NULLs before SET NOT NULL, in the same transaction. */
    static String backfill(String table, String column, String value) {
        return "UPDATE " + PgNamespaces.sql(table) + " SET " + ident(column) + " = " + value + " WHERE " + ident(column) + " IS NULL";
    }

    /** ADD GENERATED … AS IDENTITY, or the SET clauses that turn one identity into the other. */
    private static Optional<String> identity(Identity from, Identity to) {
        if (from == null) {
            return Optional.of("ADD " + PgTableSql.identity(to));
        }
        List<String> sets = new ArrayList<>();
        if (from.generation() != to.generation()) {
            sets.add("SET GENERATED " + (to.generation() == Identity.Generation.ALWAYS ? "ALWAYS" : "BY DEFAULT"));
        }
        if (to.start() != null && !Objects.equals(from.start(), to.start())) {
            sets.add("SET START WITH " + to.start());
        }
        if (to.increment() != null && !Objects.equals(from.increment(), to.increment())) {
            sets.add("SET INCREMENT BY " + to.increment());
        }
        if (to.minValue() != null && !Objects.equals(from.minValue(), to.minValue())) {
            sets.add("SET MINVALUE " + to.minValue());
        }
        if (to.maxValue() != null && !Objects.equals(from.maxValue(), to.maxValue())) {
            sets.add("SET MAXVALUE " + to.maxValue());
        }
        return sets.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", sets));
    }
}
