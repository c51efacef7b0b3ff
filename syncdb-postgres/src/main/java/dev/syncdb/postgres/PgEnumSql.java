package dev.syncdb.postgres;

import dev.syncdb.diff.SchemaChange.AlterEnum;
import dev.syncdb.model.Column;
import dev.syncdb.model.EnumType;
import dev.syncdb.model.Table;
import dev.syncdb.plan.RenderContext;
import dev.syncdb.plan.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static dev.syncdb.postgres.PostgresQuote.ident;
import static dev.syncdb.postgres.PostgresQuote.literal;

/**
 * The PostgreSQL statements for enum types: CREATE TYPE … AS ENUM, DROP TYPE, and a label change,
 * either as ADD VALUE per new label or, when labels go away or move, by recreating the type and
 * converting every column that uses it.
 */
final class PgEnumSql {

    /** Decides, as the planner does, whether an enum change re-creates the type. */
    private static final PostgresDiffHooks HOOKS = new PostgresDiffHooks();

    /** The suffix the old type gets while a changed enum type is recreated. */
    static final String OLD_SUFFIX = "__old";

    private PgEnumSql() {
    }

    static List<Statement> create(EnumType e) {
        List<Statement> out = new ArrayList<>();
        out.add(Statement.of(createSql(e)));
        if (e.comment() != null) {
            out.add(Statement.of("COMMENT ON TYPE " + PgNamespaces.sql(e.name()) + " IS " + literal(e.comment())));
        }
        return out;
    }

    static List<Statement> drop(EnumType e) {
        return List.of(Statement.of("DROP TYPE " + PgNamespaces.sql(e.name())));
    }

    static List<Statement> alter(AlterEnum c, RenderContext ctx) {
        return HOOKS.recreatesEnum(c, ctx.desired()) ? recreate(c.to(), ctx)
                : addValues(c.from(), c.to(), !PostgresDiffHooks.commitsLabelsFirst(c, ctx.desired()));
    }

    private static String createSql(EnumType e) {
        String labels = e.values().stream().map(PostgresQuote::literal).collect(Collectors.joining(", "));
        return "CREATE TYPE " + PgNamespaces.sql(e.name()) + " AS ENUM (" + labels + ")";
    }

    /**
     * One ADD VALUE per new label, placed after its predecessor (or before the first old label);
     * not {@code transactional} when later steps use a new label, so it commits before the plan's transaction.
     */
    private static List<Statement> addValues(EnumType from, EnumType to, boolean transactional) {
        List<Statement> out = new ArrayList<>();
        List<String> labels = to.values();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            if (from.values().contains(label)) {
                continue;
            }
            String where = i > 0 ? " AFTER " + literal(labels.get(i - 1))
                    : from.values().isEmpty() ? "" : " BEFORE " + literal(from.values().get(0));
            out.add(new Statement("ALTER TYPE " + PgNamespaces.sql(to.name()) + " ADD VALUE " + literal(label) + where, transactional));
        }
        return out;
    }

    /**
     * Renames the old type away, creates the new one, converts each column of a table that stays
     * (through text, without its default while converting) and drops the old type.
     */
    private static List<Statement> recreate(EnumType to, RenderContext ctx) {
        String name = PgNamespaces.sql(to.name());
        List<Statement> out = new ArrayList<>();
        out.add(Statement.of("ALTER TYPE " + name + " RENAME TO " + ident(PgNamespaces.bare(to.name()) + OLD_SUFFIX)));
        out.add(Statement.of(createSql(to)));
        for (Table t : tablesUsing(to.name(), ctx)) {
            for (Column c : t.columns()) {
                if (uses(c, to.name())) {
                    out.addAll(convert(t.name(), c, newDefault(ctx, t.name(), c)));
                }
            }
        }
        out.add(Statement.of("DROP TYPE " + PgNamespaces.sql(to.name() + OLD_SUFFIX)));
        return out;
    }

    /** Current tables that are kept (the desired schema has them) with a column of the type. */
    static List<Table> tablesUsing(String type, RenderContext ctx) {
        return ctx.current().tables().stream()
                .filter(t -> ctx.desired().table(t.name()).isPresent())
                .filter(t -> t.columns().stream().anyMatch(c -> uses(c, type))).toList();
    }

    private static List<Statement> convert(String table, Column c, String restoreDefault) {
        String prefix = "ALTER TABLE " + PgNamespaces.sql(table) + " ALTER COLUMN " + ident(c.name()) + " ";
        String text = c.type().sql().endsWith("[]") ? "text[]" : "text";
        List<Statement> out = new ArrayList<>();
        if (c.defaultExpr() != null) {
            out.add(Statement.of(prefix + "DROP DEFAULT"));
        }
        out.add(Statement.of(prefix + "TYPE " + c.type().sql() + " USING " + ident(c.name()) + "::" + text
                + "::" + c.type().sql()));
        if (restoreDefault != null) {
            out.add(Statement.of(prefix + "SET DEFAULT " + restoreDefault));
        }
        return out;
    }

    /** The default to put back: the desired column's (old labels may be gone), else the current one. */
    private static String newDefault(RenderContext ctx, String table, Column c) {
        if (c.defaultExpr() == null) {
            return null;
        }
        Optional<Column> want = ctx.desired().table(table).flatMap(t -> t.column(c.name()));
        return want.isPresent() && want.get().type().equals(c.type()) ? want.get().defaultExpr() : c.defaultExpr();
    }

    /** Whether the column's type is the enum or an array of it, as format_type prints it. */
    static boolean uses(Column c, String type) {
        String sql = c.type().sql();
        String base = sql.endsWith("[]") ? sql.substring(0, sql.length() - 2) : sql;
        return base.equals(type) || base.equals(PgNamespaces.sql(type));
    }
}
