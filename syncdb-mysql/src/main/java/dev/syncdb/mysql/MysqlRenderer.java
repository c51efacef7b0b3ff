package dev.syncdb.mysql;

import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.AddCheck;
import dev.syncdb.diff.SchemaChange.AddColumn;
import dev.syncdb.diff.SchemaChange.AddForeignKey;
import dev.syncdb.diff.SchemaChange.AddIndex;
import dev.syncdb.diff.SchemaChange.AddPrimaryKey;
import dev.syncdb.diff.SchemaChange.AddUniqueKey;
import dev.syncdb.diff.SchemaChange.AlterColumn;
import dev.syncdb.diff.SchemaChange.AlterEnum;
import dev.syncdb.diff.SchemaChange.AlterSequence;
import dev.syncdb.diff.SchemaChange.AlterTableOptions;
import dev.syncdb.diff.SchemaChange.CreateEnum;
import dev.syncdb.diff.SchemaChange.CreateObject;
import dev.syncdb.diff.SchemaChange.DropObject;
import dev.syncdb.diff.SchemaChange.ReplaceObject;
import dev.syncdb.diff.SchemaChange.CreateSequence;
import dev.syncdb.diff.SchemaChange.CreateTable;
import dev.syncdb.diff.SchemaChange.CreateView;
import dev.syncdb.diff.SchemaChange.DropCheck;
import dev.syncdb.diff.SchemaChange.DropColumn;
import dev.syncdb.diff.SchemaChange.DropEnum;
import dev.syncdb.diff.SchemaChange.DropForeignKey;
import dev.syncdb.diff.SchemaChange.DropIndex;
import dev.syncdb.diff.SchemaChange.DropPrimaryKey;
import dev.syncdb.diff.SchemaChange.DropSequence;
import dev.syncdb.diff.SchemaChange.DropTable;
import dev.syncdb.diff.SchemaChange.DropUniqueKey;
import dev.syncdb.diff.SchemaChange.DropView;
import dev.syncdb.diff.SchemaChange.RebuildTable;
import dev.syncdb.diff.SchemaChange.MoveObject;
import dev.syncdb.diff.SchemaChange.RenameColumn;
import dev.syncdb.diff.SchemaChange.RenameConstraint;
import dev.syncdb.diff.SchemaChange.RenameIndex;
import dev.syncdb.diff.SchemaChange.RenameSequence;
import dev.syncdb.diff.SchemaChange.RenameTable;
import dev.syncdb.diff.SchemaChange.SetComment;
import dev.syncdb.model.Column;
import dev.syncdb.model.Table;
import dev.syncdb.plan.Hazard;
import dev.syncdb.plan.RenderContext;
import dev.syncdb.plan.Renderer;
import dev.syncdb.plan.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static dev.syncdb.mysql.MysqlQuote.ident;
import static dev.syncdb.mysql.MysqlQuote.literal;

/**
 * The MySQL / MariaDB SQL writer: turns each {@link SchemaChange} into ALTER TABLE, RENAME TABLE,
 * CREATE/DROP TABLE and CREATE/DROP VIEW statements. A changed column is written whole with
 * {@code MODIFY COLUMN} (MySQL has no per-aspect ALTER COLUMN for types), and so is a changed
 * column comment. Each statement commits on its own on these servers.
 */
public final class MysqlRenderer implements Renderer {

    @Override
    public List<Statement> render(SchemaChange change, RenderContext ctx) {
        List<Statement> plain = change.accept(new Sql(ctx));
        return ctx.online().covers(change.table()) ? MysqlOnline.render(change, plain, ctx) : plain;
    }

    @Override
    public List<Hazard> hazards(SchemaChange change, RenderContext ctx) {
        return MysqlHazards.of(change);
    }

    /** The statements of each change type; objects MySQL does not have are refused. */
    private record Sql(RenderContext ctx) implements SchemaChange.Visitor<List<Statement>> {
        public List<Statement> visit(CreateTable x) { return one(MysqlTableSql.create(x.desired())); }
        public List<Statement> visit(DropTable x) { return one("DROP TABLE " + ident(x.current().name())); }
        public List<Statement> visit(RenameTable x) { return one("RENAME TABLE " + ident(x.from()) + " TO " + ident(x.to())); }
        public List<Statement> visit(AddColumn x) { return addColumn(x.table(), x.column(), ctx); }
        public List<Statement> visit(DropColumn x) { return alter(x.table(), "DROP COLUMN " + ident(x.column().name())); }
        public List<Statement> visit(RenameColumn x) {
            return alter(x.table(), "RENAME COLUMN " + ident(x.from()) + " TO " + ident(x.to()));
        }
        public List<Statement> visit(AlterColumn x) { return alterColumn(x, ctx); }
        public List<Statement> visit(AddPrimaryKey x) { return MysqlPrimaryKeys.add(x.table(), x.key(), ctx); }
        public List<Statement> visit(DropPrimaryKey x) { return MysqlPrimaryKeys.drop(x.table(), ctx); }
        public List<Statement> visit(AddUniqueKey x) {
            return alter(x.table(), "ADD CONSTRAINT " + ident(x.key().name()) + " UNIQUE ("
                    + MysqlTableSql.idents(x.key().columns()) + ")");
        }
        public List<Statement> visit(DropUniqueKey x) { return alter(x.table(), "DROP INDEX " + ident(x.key().name())); }
        public List<Statement> visit(AddIndex x) { return addIndex(x, ctx); }
        public List<Statement> visit(DropIndex x) { return dropIndex(x, ctx); }
        public List<Statement> visit(AddForeignKey x) {
            return alter(x.table(), "ADD " + MysqlTableSql.foreignKey(
                    MysqlFkNames.leaveUnnamed(x.table(), x.key(), ctx.current(), ctx.desired()) ? unnamed(x.key()) : x.key()));
        }
        public List<Statement> visit(DropForeignKey x) { return alter(x.table(), "DROP FOREIGN KEY " + ident(x.key().name())); }
        public List<Statement> visit(AddCheck x) { return addCheck(x, ctx); }
        public List<Statement> visit(DropCheck x) { return dropCheck(x, ctx); }
        public List<Statement> visit(AlterTableOptions x) { return tableOptions(x); }
        public List<Statement> visit(SetComment x) { return comment(x, ctx); }
        public List<Statement> visit(CreateView x) {
            return one("CREATE VIEW " + ident(x.desired().name()) + " AS " + x.desired().definition().strip());
        }
        public List<Statement> visit(DropView x) { return one("DROP VIEW " + ident(x.current().name())); }
        public List<Statement> visit(RebuildTable x) {
            throw new UnsupportedOperationException("MySQL alters tables in place and never rebuilds one: " + x.describe());
        }
        public List<Statement> visit(RenameConstraint x) { return notHere(x); }
        public List<Statement> visit(RenameIndex x) { return notHere(x); }
        public List<Statement> visit(RenameSequence x) { return notHere(x); }
        public List<Statement> visit(CreateEnum x) { return notHere(x); }
        public List<Statement> visit(DropEnum x) { return notHere(x); }
        public List<Statement> visit(AlterEnum x) { return notHere(x); }
        public List<Statement> visit(CreateSequence x) { return notHere(x); }
        public List<Statement> visit(DropSequence x) { return notHere(x); }
        public List<Statement> visit(AlterSequence x) { return notHere(x); }
        public List<Statement> visit(SchemaChange.AddExclusion x) { return notHere(x); }
        public List<Statement> visit(SchemaChange.DropExclusion x) { return notHere(x); }
        public List<Statement> visit(CreateObject x) { return one(x.desired().definition()); }
        public List<Statement> visit(DropObject x) { return one(MysqlObjects.drop(x.current())); }
        public List<Statement> visit(MoveObject x) {
            throw new UnsupportedOperationException("MySQL manages one database per run and cannot " + x.describe());
        }
        public List<Statement> visit(ReplaceObject x) {
            return List.of(Statement.of(MysqlObjects.drop(x.from())), Statement.of(x.to().definition()));
        }
    }

    /** Refuses a change to an object MySQL does not have as a separate object. */
    private static List<Statement> notHere(SchemaChange c) {
        throw new UnsupportedOperationException("MySQL has no " + c.describe() + " (enum types and sequences are not "
                + "separate objects here)");
    }

    /** ADD INDEX, unless the index is added together with the drop of the one it replaces for a foreign key. */
    private static List<Statement> addIndex(AddIndex x, RenderContext ctx) {
        if (MysqlFkIndexes.addedWithDrop(x.table(), x.index(), ctx.current(), ctx.desired())) {
            return List.of();
        }
        return alter(x.table(), MysqlTableSql.addIndex(x.index()));
    }

    /** DROP INDEX; an index a kept foreign key needs is replaced in the same statement. */
    private static List<Statement> dropIndex(DropIndex x, RenderContext ctx) {
        String drop = "DROP INDEX " + ident(x.index().name());
        return alter(x.table(), MysqlFkIndexes.replacementFor(x.table(), x.index(), ctx.current(), ctx.desired())
                .map(r -> MysqlTableSql.addIndex(r) + ", " + drop).orElse(drop));
    }

    /** ADD CONSTRAINT CHECK, or for a column-level check MODIFY COLUMN with the check (nothing for a new column). */
    private static List<Statement> addCheck(AddCheck x, RenderContext ctx) {
        Table t = table(ctx.desired(), x.table());
        if (!MysqlTableSql.columnLevel(x.check(), t)) {
            return alter(x.table(), "ADD " + MysqlTableSql.check(x.check()));
        }
        boolean existing = ctx.current().table(x.table()).flatMap(c -> c.column(x.check().name())).isPresent();
        return existing ? modify(t, t.column(x.check().name()).orElseThrow()) : List.of();
    }

    /** DROP CONSTRAINT, or for a column-level check MODIFY COLUMN without it (nothing when the column goes). */
    private static List<Statement> dropCheck(DropCheck x, RenderContext ctx) {
        Table current = table(ctx.current(), x.table());
        if (!MysqlTableSql.columnLevel(x.check(), current)) {
            return alter(x.table(), "DROP CONSTRAINT " + ident(x.check().name()));
        }
        Table desired = ctx.desired().table(x.table()).orElse(null);
        var column = desired == null ? java.util.Optional.<Column>empty() : desired.column(x.check().name());
        return column.isPresent() ? modify(desired, column.get()) : List.of();
    }

    private static List<Statement> modify(Table t, Column c) {
        return alter(t.name(), "MODIFY COLUMN " + MysqlTableSql.column(c, t));
    }

    private static Table table(dev.syncdb.model.Schema s, String name) {
        return s.table(name).orElseThrow(() -> new IllegalStateException("no table " + name));
    }

    /** ADD COLUMN; a NOT NULL column with a {@code --backfill} value is added nullable, filled, then made NOT NULL. */
    private static List<Statement> addColumn(String table, Column c, RenderContext ctx) {
        var fill = c.nullable() || c.defaultExpr() != null ? java.util.Optional.<String>empty()
                : ctx.fixes().backfill(table, c.name());
        Table t = ctx.desired().table(table).orElse(null);
        if (fill.isEmpty()) {
            return alter(table, "ADD COLUMN " + MysqlTableSql.column(c, t)
                    + MysqlPrimaryKeys.withNewColumn(table, c, ctx.current(), ctx.desired()));
        }
        List<Statement> out = new ArrayList<>(alter(table, "ADD COLUMN " + MysqlTableSql.column(c.withNullable(true), t)));
        out.add(Statement.of("UPDATE " + ident(table) + " SET " + ident(c.name()) + " = " + fill.get()));
        out.addAll(alter(table, "MODIFY COLUMN " + MysqlTableSql.column(c, t)));
        return out;
    }

    /** MODIFY COLUMN with the whole new definition; NULLs are backfilled first, a {@code --using} conversion is an UPDATE. */
    private static List<Statement> alterColumn(AlterColumn x, RenderContext ctx) {
        if (x.aspects().contains(dev.syncdb.diff.ColumnAspect.GENERATED)) {
            return replaceGenerated(x, ctx);
        }
        List<Statement> out = new ArrayList<>();
        String col = ident(x.to().name());
        if (!x.to().nullable() && x.from().nullable()) {
            ctx.fixes().backfill(x.table(), x.to().name()).ifPresent(v -> out.add(Statement.of("UPDATE "
                    + ident(x.table()) + " SET " + col + " = " + v + " WHERE " + col + " IS NULL")));
        }
        ctx.fixes().using(x.table(), x.to().name()).ifPresent(u -> out.add(Statement.of("UPDATE " + ident(x.table())
                + " SET " + col + " = (" + u + ")")));
        out.addAll(alter(x.table(), "MODIFY COLUMN " + MysqlTableSql.column(x.to(), ctx.desired().table(x.table()).orElse(null))));
        return out;
    }

    /**
     * MySQL cannot MODIFY a column into or out of being generated, nor between VIRTUAL and STORED: the
     * column is dropped and added again; a generated column that becomes a plain one keeps its values
     * (added under a temporary name, filled, the old one dropped, the new one renamed).
     */
    private static List<Statement> replaceGenerated(AlterColumn x, RenderContext ctx) {
        Table t = ctx.desired().table(x.table()).orElse(null);
        String table = x.table();
        String col = ident(x.to().name());
        if (x.from().generated() != null && x.to().generated() == null) {
            String tmp = "syncdb_tmp_" + x.to().name();
            List<Statement> out = new ArrayList<>(alter(table, "ADD COLUMN " + MysqlTableSql.column(x.to().withName(tmp), t)));
            out.add(Statement.of("UPDATE " + ident(table) + " SET " + ident(tmp) + " = " + col));
            out.addAll(alter(table, "DROP COLUMN " + col));
            out.addAll(alter(table, "RENAME COLUMN " + ident(tmp) + " TO " + col));
            return out;
        }
        List<Statement> out = new ArrayList<>(alter(table, "DROP COLUMN " + col));
        out.addAll(alter(table, "ADD COLUMN " + MysqlTableSql.column(x.to(), t)));
        return out;
    }

    private static List<Statement> tableOptions(AlterTableOptions x) {
        List<String> parts = new ArrayList<>();
        String engine = x.to().get(MysqlInspector.ENGINE);
        if (engine != null && !engine.equalsIgnoreCase(String.valueOf(x.from().get(MysqlInspector.ENGINE)))) {
            parts.add("ENGINE=" + engine);
        }
        String collation = x.to().get(MysqlInspector.COLLATION);
        if (collation != null && !collation.equals(x.from().get(MysqlInspector.COLLATION))) {
            parts.add("COLLATE=" + collation);
        }
        String partition = x.to().get(MysqlPartitions.OPTION);
        if (!java.util.Objects.equals(partition, x.from().get(MysqlPartitions.OPTION))) {
            parts.add(partition == null ? "REMOVE PARTITIONING" : partition);
        }
        return parts.isEmpty() ? List.of() : alter(x.table(), String.join(" ", parts));
    }

    /** Table comments by ALTER TABLE COMMENT; a column comment by MODIFY COLUMN with the whole column. */
    private static List<Statement> comment(SetComment x, RenderContext ctx) {
        switch (x.kind()) {
            case TABLE:
                return alter(x.object(), "COMMENT = " + literal(x.to() == null ? "" : x.to()));
            case COLUMN:
                Column c = ctx.desired().table(x.object()).flatMap(t -> t.column(x.column()))
                        .orElseThrow(() -> new IllegalStateException("no column " + x.object() + "." + x.column()));
                if (!Objects.equals(c.comment(), x.to())) {
                    c = c.withComment(x.to());
                }
                return alter(x.object(), "MODIFY COLUMN " + MysqlTableSql.column(c, ctx.desired().table(x.object()).orElse(null)));
            default:
                return List.of();
        }
    }

    private static dev.syncdb.model.ForeignKey unnamed(dev.syncdb.model.ForeignKey k) {
        return new dev.syncdb.model.ForeignKey(null, k.columns(), k.refSchema(), k.refTable(), k.refColumns(),
                k.onDelete(), k.onUpdate(), k.deferrable(), k.initiallyDeferred(), k.match());
    }

    private static List<Statement> alter(String table, String action) {
        return one("ALTER TABLE " + ident(table) + " " + action);
    }

    private static List<Statement> one(String sql) {
        return List.of(Statement.of(sql));
    }
}
