package dev.syncdb.postgres;

import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.*;
import dev.syncdb.dialect.Namespaces;
import dev.syncdb.model.Column;
import dev.syncdb.model.View;
import dev.syncdb.plan.Hazard;
import dev.syncdb.plan.RenderContext;
import dev.syncdb.plan.Renderer;
import dev.syncdb.plan.Statement;

import java.util.ArrayList;
import java.util.List;

import static dev.syncdb.postgres.PostgresQuote.ident;
import static dev.syncdb.postgres.PostgresQuote.literal;

/**
 * The PostgreSQL SQL writer: turns each {@link SchemaChange} into PostgreSQL DDL. Names are left
 * unqualified (the session's search_path is the managed schema) and quoted only when needed; types,
 * defaults and expressions are emitted as PostgreSQL printed them. Every statement can run inside
 * the plan's transaction (PostgreSQL 12+); changes to a table planned online are written by {@link PgOnline}.
 */
public final class PostgresRenderer implements Renderer {

    @Override
    public List<Statement> render(SchemaChange change, RenderContext ctx) {
        return PgNamespaces.within(ctx.current().name(), () -> {
            List<Statement> plain = change.accept(new Sql(ctx));
            return ctx.online().covers(change.table()) ? PgOnline.render(change, plain, ctx) : plain;
        });
    }

    @Override
    public List<Hazard> hazards(SchemaChange change, RenderContext ctx) {
        return PgNamespaces.within(ctx.current().name(), () -> PgHazards.of(change, ctx));
    }

    /** The statements of each change type, given both whole schemas for context. */
    private record Sql(RenderContext ctx) implements SchemaChange.Visitor<List<Statement>> {
        public List<Statement> visit(CreateTable x) { return PgTableSql.create(x.desired()); }
        public List<Statement> visit(DropTable x) { return one("DROP TABLE " + PgNamespaces.sql(x.current().name())); }
        public List<Statement> visit(RenameTable x) {
            return one("ALTER TABLE " + PgNamespaces.sql(x.from()) + " RENAME TO " + ident(PgNamespaces.bare(x.to())));
        }
        public List<Statement> visit(RebuildTable x) {
            throw new UnsupportedOperationException("PostgreSQL alters tables in place and never rebuilds one: " + x.describe());
        }
        public List<Statement> visit(AddColumn x) { return addColumn(x.table(), x.column(), ctx); }
        public List<Statement> visit(DropColumn x) {
            return alter(x.table(), "DROP COLUMN " + ident(x.column().name()));
        }
        public List<Statement> visit(RenameColumn x) {
            return alter(x.table(), "RENAME COLUMN " + ident(x.from()) + " TO " + ident(x.to()));
        }
        public List<Statement> visit(RenameConstraint x) {
            return alter(x.table(), "RENAME CONSTRAINT " + ident(x.from()) + " TO " + ident(x.to()));
        }
        public List<Statement> visit(RenameIndex x) {
            return one("ALTER INDEX " + PgNamespaces.sqlBeside(x.table(), x.from()) + " RENAME TO " + ident(x.to()));
        }
        public List<Statement> visit(RenameSequence x) {
            return one("ALTER SEQUENCE " + PgNamespaces.sql(x.from()) + " RENAME TO " + ident(PgNamespaces.bare(x.to())));
        }
        public List<Statement> visit(AlterColumn x) { return PgColumnSql.alter(x, ctx); }
        public List<Statement> visit(AddPrimaryKey x) {
            return List.of(PgTableSql.addConstraint(x.table(), PgTableSql.primaryKey(x.key())));
        }
        public List<Statement> visit(DropPrimaryKey x) {
            return List.of(PgTableSql.dropConstraint(x.table(), x.key().name() != null ? x.key().name() : x.table() + "_pkey"));
        }
        public List<Statement> visit(AddUniqueKey x) {
            return List.of(PgTableSql.addConstraint(x.table(), PgTableSql.unique(x.key())));
        }
        public List<Statement> visit(DropUniqueKey x) {
            return List.of(PgTableSql.dropConstraint(x.table(), x.key().name()));
        }
        public List<Statement> visit(AddIndex x) { return one(PgIndexSql.create(x.table(), x.index())); }
        public List<Statement> visit(DropIndex x) { return one("DROP INDEX " + PgNamespaces.sqlBeside(x.table(), x.index().name())); }
        public List<Statement> visit(AddForeignKey x) {
            return List.of(PgTableSql.addConstraint(x.table(), PgTableSql.foreignKey(x.key())));
        }
        public List<Statement> visit(DropForeignKey x) {
            return List.of(PgTableSql.dropConstraint(x.table(), x.key().name()));
        }
        public List<Statement> visit(AddCheck x) {
            return List.of(PgTableSql.addConstraint(x.table(), PgTableSql.check(x.check())));
        }
        public List<Statement> visit(DropCheck x) {
            return List.of(PgTableSql.dropConstraint(x.table(), x.check().name()));
        }
        public List<Statement> visit(AddExclusion x) {
            return List.of(PgTableSql.addConstraint(x.table(), PgTableSql.exclusion(x.constraint())));
        }
        public List<Statement> visit(DropExclusion x) {
            return List.of(PgTableSql.dropConstraint(x.table(), x.constraint().name()));
        }
        public List<Statement> visit(AlterTableOptions x) { return tableOptions(x); }
        public List<Statement> visit(SetComment x) { return one(comment(x, ctx)); }
        public List<Statement> visit(CreateEnum x) { return PgEnumSql.create(x.desired()); }
        public List<Statement> visit(DropEnum x) { return PgEnumSql.drop(x.current()); }
        public List<Statement> visit(AlterEnum x) { return PgEnumSql.alter(x, ctx); }
        public List<Statement> visit(CreateSequence x) { return PgIdentityToSerial.create(x.desired(), ctx); }
        public List<Statement> visit(DropSequence x) { return PgSequenceSql.drop(x.current()); }
        public List<Statement> visit(AlterSequence x) { return PgSequenceSql.alter(x.from(), x.to()); }
        public List<Statement> visit(CreateView x) { return createView(x.desired()); }
        public List<Statement> visit(DropView x) {
            return one("DROP " + viewWord(x.current().materialized()) + PgNamespaces.sql(x.current().name()));
        }
        public List<Statement> visit(CreateObject x) { return PgObjectSql.create(x.desired(), ctx); }
        public List<Statement> visit(DropObject x) { return PgObjectSql.drop(x.current(), Namespaces.first(ctx.current().name())); }
        public List<Statement> visit(ReplaceObject x) { return PgObjectSql.replace(x.from(), x.to(), Namespaces.first(ctx.current().name())); }
        public List<Statement> visit(MoveObject x) { return PgMoveSql.move(x, Namespaces.first(ctx.current().name())); }
    }

    /** ADD COLUMN; a NOT NULL column with a {@code --backfill} value is added nullable, filled, then set NOT NULL. */
    private static List<Statement> addColumn(String table, Column c, RenderContext ctx) {
        var fill = c.nullable() || c.defaultExpr() != null ? java.util.Optional.<String>empty() : ctx.fixes().backfill(table, c.name());
        List<Statement> out = new ArrayList<>(alter(table, "ADD COLUMN " + PgTableSql.column(fill.isPresent() ? c.withNullable(true) : c)));
        if (fill.isPresent()) {
            out.add(Statement.of(PgColumnSql.backfill(table, c.name(), fill.get())));
            out.addAll(alter(table, "ALTER COLUMN " + ident(c.name()) + " SET NOT NULL"));
        }
        if (c.comment() != null) {
            out.add(PgTableSql.columnComment(table, c.name(), c.comment()));
        }
        return out;
    }

    private static List<Statement> tableOptions(AlterTableOptions x) {
        List<Statement> out = new ArrayList<>();
        boolean unlogged = PgTableSql.unlogged(x.to());
        if (PgTableSql.unlogged(x.from()) != unlogged) {
            out.addAll(alter(x.table(), unlogged ? "SET UNLOGGED" : "SET LOGGED"));
        }
        out.addAll(PgTableSql.rowSecurity(x.table(), x.from(), x.to()));
        out.addAll(PgPartitions.alter(x.table(), x.from(), x.to()));
        out.addAll(PgReplicaIdentity.alter(x.table(), x.from(), x.to()));
        return out;
    }

    private static String comment(SetComment x, RenderContext ctx) {
        String target = switch (x.kind()) {
            case TABLE -> "TABLE " + PgNamespaces.sql(x.object());
            case COLUMN -> "COLUMN " + PgNamespaces.sql(x.object()) + "." + ident(x.column());
            case ENUM -> "TYPE " + PgNamespaces.sql(x.object());
            case VIEW -> viewWord(materialized(x.object(), ctx)) + PgNamespaces.sql(x.object());
        };
        return "COMMENT ON " + target + " IS " + literal(x.to());
    }

    private static boolean materialized(String view, RenderContext ctx) {
        return ctx.desired().view(view).or(() -> ctx.current().view(view)).map(View::materialized).orElse(false);
    }

    /** CREATE [MATERIALIZED] VIEW name AS query (pg_get_viewdef's trailing semicolon removed), then its comment. */
    private static List<Statement> createView(View v) {
        String query = v.definition().strip();
        while (query.endsWith(";")) {
            query = query.substring(0, query.length() - 1).stripTrailing();
        }
        List<Statement> out = new ArrayList<>();
        out.add(Statement.of("CREATE " + viewWord(v.materialized()) + PgNamespaces.sql(v.name()) + " AS\n" + query));
        if (v.comment() != null) {
            out.add(Statement.of("COMMENT ON " + viewWord(v.materialized()) + PgNamespaces.sql(v.name()) + " IS " + literal(v.comment())));
        }
        return out;
    }

    private static String viewWord(boolean materialized) {
        return materialized ? "MATERIALIZED VIEW " : "VIEW ";
    }

    private static List<Statement> alter(String table, String action) {
        return one("ALTER TABLE " + PgNamespaces.sql(table) + " " + action);
    }

    private static List<Statement> one(String sql) {
        return List.of(Statement.of(sql));
    }
}
