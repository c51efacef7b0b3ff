package dev.syncdb.sqlite;

import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.*;
import dev.syncdb.model.Index;
import dev.syncdb.model.Table;
import dev.syncdb.plan.RenderContext;
import dev.syncdb.plan.Renderer;
import dev.syncdb.plan.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dev.syncdb.sqlite.SqlText.quote;

/**
 * The SQLite renderer. In place it renders only what SQLite's ALTER TABLE can do (add, rename and
 * drop a column, rename a table or a column) plus index and view statements (an index is renamed by
 * dropping and re-creating it); every other table change reaches
 * it folded into a {@link RebuildTable} (see {@link SqliteRebuild}). Comments do not exist in
 * SQLite and render to nothing. Foreign keys always stay inline in CREATE TABLE: SQLite does not
 * check the referenced table when a table is created, so a key the planner defers for a cycle
 * between new tables is already in place and its separate step renders to nothing.
 */
public final class SqliteRenderer implements Renderer {

    @Override
    public List<Statement> render(SchemaChange change, RenderContext ctx) {
        if (change instanceof CreateTable x) return createTable(fullTable(x.desired(), ctx));
        if (change instanceof DropTable x) return one("DROP TABLE " + quote(x.current().name()));
        if (change instanceof RenameTable x) return one(alter(x.from()) + " RENAME TO " + quote(x.to()));
        if (change instanceof RebuildTable x) return SqliteRebuild.statements(x, ctx);
        if (change instanceof AddColumn x) return one(alter(x.table()) + " ADD COLUMN " + SqliteDdl.column(x.column(), null));
        if (change instanceof DropColumn x) return one(alter(x.table()) + " DROP COLUMN " + quote(x.column().name()));
        if (change instanceof RenameColumn x) {
            return one(alter(x.table()) + " RENAME COLUMN " + quote(x.from()) + " TO " + quote(x.to()));
        }
        if (change instanceof RenameIndex x) return renameIndex(x, ctx);
        if (change instanceof AddIndex x) return one(SqliteDdl.createIndex(x.table(), x.index()));
        if (change instanceof DropIndex x) return one("DROP INDEX " + quote(x.index().name()));
        if (change instanceof CreateView x) return one("CREATE VIEW " + quote(x.desired().name()) + " AS " + x.desired().definition());
        if (change instanceof DropView x) return one("DROP VIEW " + quote(x.current().name()));
        if (change instanceof SetComment) return List.of();
        if (change instanceof AddForeignKey x && ctx.current().table(x.table()).isEmpty()) return List.of();
        if (change instanceof DropForeignKey x && ctx.desired().table(x.table()).isEmpty()) return List.of();
        if (change instanceof CreateObject || change instanceof DropObject || change instanceof ReplaceObject) {
            throw dev.syncdb.SyncdbException.error("SQLite support does not manage this kind of object: "
                    + change.describe());
        }
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
        return List.of(Statement.of("DROP INDEX " + quote(x.from())), Statement.of(SqliteDdl.createIndex(x.table(), renamed)));
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
        return "ALTER TABLE " + quote(table);
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
