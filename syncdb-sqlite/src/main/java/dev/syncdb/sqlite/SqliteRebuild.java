package dev.syncdb.sqlite;

import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.RebuildTable;
import dev.syncdb.diff.SchemaChange.RenameColumn;
import dev.syncdb.model.Column;
import dev.syncdb.model.Table;
import dev.syncdb.plan.DataFixes;
import dev.syncdb.plan.RenderContext;
import dev.syncdb.plan.Statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static dev.syncdb.sqlite.SqliteQuote.literal;
import static dev.syncdb.sqlite.SqliteQuote.ident;

/**
 * A table rebuild, following SQLite's documented procedure (lang_altertable.html, section 7):
 * create the new table under a temporary name, copy the rows with explicit column lists, drop the
 * old table, rename the new one, then recreate the table's indexes and triggers. The triggers are
 * the desired schema's (dropping the old table dropped the current ones; the planner folds the
 * table's trigger changes into the rebuild); a trigger the plan keeps as it is but that reads a
 * column the table no longer has is refused ({@link SqliteTriggers#checkColumns}). Views that read
 * the table are dropped and recreated by the planner. Foreign-key enforcement is off meanwhile
 * ({@link SqliteExecutionHooks}), so dropping the old table deletes no row anywhere (no ON DELETE
 * CASCADE), and the keys are checked before commit. The rename runs with legacy_alter_table on, so
 * SQLite does not reject it over triggers or views elsewhere that name the table.
 *
 * <p>Values are copied without CAST: SQLite converts them by the new column's affinity, which
 * never changes a value that does not convert losslessly (CAST('abc' AS INTEGER) would store 0);
 * a STRICT table rejects such a value, and the apply rolls back.
 */
final class SqliteRebuild {

    private SqliteRebuild() {
    }

    static List<Statement> statements(RebuildTable r, RenderContext ctx) {
        Table cur = r.current();
        Table want = r.desired();
        String tmp = temporaryName(want.name(), ctx);
        List<Statement> out = new ArrayList<>();
        out.add(Statement.of(SqliteDdl.createTable(want, tmp)));
        copyRows(cur, want, tmp, renames(r, cur, want), ctx.fixes()).ifPresent(out::add);
        if (autoincrement(cur) && autoincrement(want)) {
            out.addAll(keepSequence(cur.name(), tmp));
        }
        out.add(Statement.of("DROP TABLE " + ident(cur.name())));
        out.add(Statement.of("PRAGMA legacy_alter_table = ON"));
        out.add(Statement.of("ALTER TABLE " + ident(tmp) + " RENAME TO " + ident(want.name())));
        out.add(Statement.of("PRAGMA legacy_alter_table = OFF"));
        want.indexes().forEach(i -> out.add(Statement.of(SqliteDdl.createIndex(want.name(), i))));
        SqliteTriggers.kept(ctx.current(), ctx.desired(), want.name()).forEach(t -> SqliteTriggers.checkColumns(t, want));
        SqliteTriggers.on(ctx.desired(), want.name()).forEach(t -> out.add(Statement.of(SqliteTriggers.create(t))));
        return out;
    }

    /** INSERT ... SELECT of the columns both sides have; generated columns are computed, not copied. */
    private static Optional<Statement> copyRows(Table cur, Table want, String tmp, Map<String, String> renames,
                                                DataFixes fixes) {
        List<String> targets = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Column c : want.columns()) {
            if (c.generated() != null) {
                continue;
            }
            String from = renames.getOrDefault(c.name().toLowerCase(Locale.ROOT), c.name());
            Optional<Column> source = cur.columns().stream().filter(x -> x.name().equalsIgnoreCase(from)).findFirst();
            if (source.isPresent()) {
                targets.add(ident(c.name()));
                sources.add(source(want.name(), c.name(), ident(source.get().name()), fixes));
            }
        }
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Statement.of("INSERT INTO " + ident(tmp) + " (" + String.join(", ", targets) + ")\n  SELECT "
                + String.join(", ", sources) + " FROM " + ident(cur.name())));
    }

    /** The copied value: the user's {@code --using} conversion, with NULLs replaced by the {@code --backfill} value. */
    private static String source(String table, String column, String value, DataFixes fixes) {
        String v = fixes.using(table, column).map(u -> "(" + u + ")").orElse(value);
        return fixes.backfill(table, column).map(b -> "COALESCE(" + v + ", " + b + ")").orElse(v);
    }

    /** Desired column (lower case) -> current column, from the renames folded into this rebuild. */
    private static Map<String, String> renames(RebuildTable r, Table cur, Table want) {
        Map<String, String> out = new HashMap<>();
        for (SchemaChange c : r.replaces()) {
            if (c instanceof RenameColumn rc) {
                if (cur.column(rc.from()).isPresent() && want.column(rc.to()).isPresent()) {
                    out.put(rc.to().toLowerCase(Locale.ROOT), rc.from());
                } else if (cur.column(rc.to()).isPresent() && want.column(rc.from()).isPresent()) {
                    out.put(rc.from().toLowerCase(Locale.ROOT), rc.to());
                }
            }
        }
        return out;
    }

    /** Keeps AUTOINCREMENT's high-water mark, so ids of deleted rows are not handed out again. */
    private static List<Statement> keepSequence(String table, String tmp) {
        String old = "(SELECT seq FROM sqlite_sequence WHERE name = " + literal(table) + ")";
        return List.of(
                Statement.of("UPDATE sqlite_sequence SET seq = max(seq, " + old + ") WHERE name = " + literal(tmp)
                        + " AND " + old + " IS NOT NULL"),
                Statement.of("INSERT INTO sqlite_sequence (name, seq) SELECT " + literal(tmp) + ", seq FROM sqlite_sequence"
                        + " WHERE name = " + literal(table) + " AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = "
                        + literal(tmp) + ")"));
    }

    private static boolean autoincrement(Table t) {
        return t.columns().stream().anyMatch(c -> c.identity() != null);
    }

    private static String temporaryName(String table, RenderContext ctx) {
        String base = "new_" + table;
        String name = base;
        for (int i = 1; taken(name, ctx); i++) {
            name = base + "_" + i;
        }
        return name;
    }

    private static boolean taken(String name, RenderContext ctx) {
        return ctx.current().tableIgnoringCase(name).isPresent() || ctx.desired().tableIgnoringCase(name).isPresent()
                || ctx.current().viewIgnoringCase(name).isPresent();
    }
}
