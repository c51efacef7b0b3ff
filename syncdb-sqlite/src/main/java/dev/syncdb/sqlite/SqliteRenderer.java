package dev.syncdb.sqlite;

import dev.syncdb.sqlite.parse.SqlLexer;
import dev.syncdb.sqlite.parse.SqlToken;

import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.*;
import dev.syncdb.model.Index;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.Table;
import dev.syncdb.plan.RenderContext;
import dev.syncdb.plan.Renderer;
import dev.syncdb.plan.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dev.syncdb.sqlite.SqliteQuote.ident;

/**
 * The SQLite renderer. In place it renders only what SQLite's ALTER TABLE can do (add, rename and
 * drop a column, rename a table or a column) plus index, view and trigger statements (an index is
 * renamed by dropping and re-creating it; a changed trigger is dropped and created, see {@link
 * SqliteTriggers}); every other table change reaches
 * it folded into a {@link RebuildTable} (see {@link SqliteRebuild}). Comments do not exist in
 * SQLite and render to nothing. Foreign keys always stay inline in CREATE TABLE: SQLite does not
 * check the referenced table when a table is created, so a key the planner defers for a cycle
 * between new tables is already in place and its separate step renders to nothing.
 */
public final class SqliteRenderer implements Renderer {

    @Override
    public List<Statement> render(SchemaChange change, RenderContext ctx) {
        return change.accept(new Sql(ctx));
    }

    /** The statements of each change type; a change SQLite cannot make in place is refused. */
    private record Sql(RenderContext ctx) implements SchemaChange.Visitor<List<Statement>> {
        public List<Statement> visit(CreateTable x) { return createTable(fullTable(x.desired(), ctx)); }
        public List<Statement> visit(DropTable x) { return one("DROP TABLE " + ident(x.current().name())); }
        public List<Statement> visit(RenameTable x) { return one(alter(x.from()) + " RENAME TO " + ident(x.to())); }
        public List<Statement> visit(RebuildTable x) { return SqliteRebuild.statements(x, ctx); }
        public List<Statement> visit(AddColumn x) {
            return one(alter(x.table()) + " ADD COLUMN " + SqliteDdl.column(x.column(), null));
        }
        public List<Statement> visit(DropColumn x) { return dropColumn(x, ctx); }
        public List<Statement> visit(RenameColumn x) {
            return one(alter(x.table()) + " RENAME COLUMN " + ident(x.from()) + " TO " + ident(x.to()));
        }
        public List<Statement> visit(RenameIndex x) { return renameIndex(x, ctx); }
        public List<Statement> visit(AddIndex x) { return one(SqliteDdl.createIndex(x.table(), x.index())); }
        public List<Statement> visit(DropIndex x) { return one("DROP INDEX " + ident(x.index().name())); }
        public List<Statement> visit(CreateView x) {
            // INSTEAD OF triggers of a re-created view come back as steps of their own (the planner's dependents)
            return one("CREATE VIEW " + ident(x.desired().name()) + " AS " + x.desired().definition());
        }
        public List<Statement> visit(DropView x) { return one("DROP VIEW " + ident(x.current().name())); }
        public List<Statement> visit(SetComment x) { return List.of(); }
        public List<Statement> visit(AddForeignKey x) {
            return ctx.current().table(x.table()).isEmpty() ? List.of() : needsRebuild(x);
        }
        public List<Statement> visit(DropForeignKey x) {
            return ctx.desired().table(x.table()).isEmpty() ? List.of() : needsRebuild(x);
        }
        public List<Statement> visit(RenameConstraint x) { return needsRebuild(x); }
        public List<Statement> visit(RenameSequence x) { return needsRebuild(x); }
        public List<Statement> visit(AlterColumn x) { return needsRebuild(x); }
        public List<Statement> visit(AddPrimaryKey x) { return needsRebuild(x); }
        public List<Statement> visit(DropPrimaryKey x) { return needsRebuild(x); }
        public List<Statement> visit(AddUniqueKey x) { return needsRebuild(x); }
        public List<Statement> visit(DropUniqueKey x) { return needsRebuild(x); }
        public List<Statement> visit(AddCheck x) { return needsRebuild(x); }
        public List<Statement> visit(DropCheck x) { return needsRebuild(x); }
        public List<Statement> visit(AlterTableOptions x) { return needsRebuild(x); }
        public List<Statement> visit(CreateEnum x) { return needsRebuild(x); }
        public List<Statement> visit(DropEnum x) { return needsRebuild(x); }
        public List<Statement> visit(AlterEnum x) { return needsRebuild(x); }
        public List<Statement> visit(CreateSequence x) { return needsRebuild(x); }
        public List<Statement> visit(DropSequence x) { return needsRebuild(x); }
        public List<Statement> visit(AlterSequence x) { return needsRebuild(x); }
        public List<Statement> visit(AddExclusion x) { return notManaged(x); }
        public List<Statement> visit(DropExclusion x) { return notManaged(x); }
        public List<Statement> visit(CreateObject x) { return createTrigger(x.desired(), x); }
        public List<Statement> visit(DropObject x) { return dropTrigger(x.current(), x); }
        public List<Statement> visit(MoveObject x) {
            throw new UnsupportedOperationException("SQLite has one namespace per database and cannot " + x.describe());
        }
        public List<Statement> visit(ReplaceObject x) {
            List<Statement> out = new ArrayList<>(dropTrigger(x.from(), x));
            out.addAll(createTrigger(x.to(), x));
            return out;
        }
    }

    /** A new or changed trigger, as the desired schema writes it. */
    private static List<Statement> createTrigger(SchemaObject t, SchemaChange change) {
        if (t.kind() != SchemaObject.Kind.TRIGGER) {
            return notManaged(change);
        }
        return one(SqliteTriggers.create(t));
    }

    private static List<Statement> dropTrigger(SchemaObject t, SchemaChange change) {
        return t.kind() == SchemaObject.Kind.TRIGGER ? one(SqliteTriggers.drop(t)) : notManaged(change);
    }

    /**
     * A view and the triggers it keeps: a view is created anew only after a DROP VIEW (or as a new
     * view), which drops its INSTEAD OF triggers; those the plan does not change are created again.
     */
    /**
     * DROP COLUMN, refused up front when a trigger of the desired schema on the table still reads the
     * column (SQLite would refuse the DROP COLUMN at apply time, after the earlier steps ran; a
     * changed trigger was dropped before and is checked here in its desired form).
     */
    private static List<Statement> dropColumn(DropColumn x, RenderContext ctx) {
        ctx.desired().table(x.table()).ifPresent(t -> SqliteTriggers.on(ctx.desired(), x.table()).stream()
                .filter(tr -> SqliteTriggers.reads(tr, x.column().name()))
                .forEach(tr -> SqliteTriggers.checkColumns(tr, t)));
        return one(alter(x.table()) + " DROP COLUMN " + ident(x.column().name()));
    }

    /** Refuses a change to a kind of object SQLite does not have (functions, policies, ...). */
    private static List<Statement> notManaged(SchemaChange change) {
        throw dev.syncdb.SyncdbException.error("SQLite support does not manage this kind of object: " + change.describe());
    }

    /** Refuses a change SQLite's ALTER TABLE cannot make: the planner folds it into a {@link RebuildTable}. */
    private static List<Statement> needsRebuild(SchemaChange change) {
        throw new UnsupportedOperationException("SQLite cannot " + change.describe()
                + " in place; it needs a table rebuild");
    }

    /**
     * SQLite has no ALTER INDEX: the index is dropped and created under its new name. Both sides
     * hold it with the same shape under one of the two names (the reverse swaps them).
     */
    private static List<Statement> renameIndex(RenameIndex x, RenderContext ctx) {
        Index shape = java.util.stream.Stream.of(ctx.desired(), ctx.current())
                .flatMap(s -> s.table(x.table()).stream()).flatMap(t -> t.indexes().stream())
                .filter(i -> i.name().equals(x.to()) || i.name().equals(x.from())).findFirst()
                .orElseThrow(() -> new IllegalStateException("index " + x.from() + " of " + x.table() + " is unknown"));
        Index renamed = new Index(x.to(), shape.unique(), shape.method(), shape.keys(), shape.include(), shape.predicate(),
                shape.nullsNotDistinct(), null);
        return List.of(Statement.of("DROP INDEX " + ident(x.from())), Statement.of(SqliteDdl.createIndex(x.table(), renamed)));
    }

    private static List<Statement> createTable(Table t) {
        List<Statement> out = new ArrayList<>();
        out.add(Statement.of(SqliteDdl.createTable(t, t.name())));
        t.indexes().forEach(i -> out.add(Statement.of(SqliteDdl.createIndex(t.name(), i))));
        return out;
    }

    /** The table as desired with every foreign key, also those the planner deferred for a cycle. */
    private static Table fullTable(Table t, RenderContext ctx) {
        return ctx.desired().table(t.name()).filter(d -> d.columns().equals(t.columns())).orElse(t);
    }

    private static String alter(String table) {
        return "ALTER TABLE " + ident(table);
    }

    private static List<Statement> one(String sql) {
        return List.of(Statement.of(sql));
    }

    /**
     * Whether a default text is a literal SQLite takes as it is: a (signed) number, a string, a
     * blob, NULL, TRUE or FALSE.
     */
    static boolean isLiteral(String text) {
        List<SqlToken> t = SqlLexer.tokens(text);
        if (t.size() == 2 && (t.get(0).isSymbol("-") || t.get(0).isSymbol("+"))) {
            return t.get(1).kind() == SqlToken.Kind.NUMBER;
        }
        if (t.size() != 1) {
            return false;
        }
        SqlToken k = t.get(0);
        return switch (k.kind()) {
            case NUMBER, STRING, BLOB -> true;
            case WORD -> List.of("NULL", "TRUE", "FALSE").contains(k.upper().toUpperCase(Locale.ROOT));
            default -> false;
        };
    }
}
