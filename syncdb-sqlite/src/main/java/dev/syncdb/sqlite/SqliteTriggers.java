package dev.syncdb.sqlite;

import dev.syncdb.SyncdbException;
import dev.syncdb.model.ObjectRef;
import dev.syncdb.model.Schema;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.SchemaObject.Kind;
import dev.syncdb.model.Table;
import dev.syncdb.sqlite.parse.SqlLexer;
import dev.syncdb.sqlite.parse.SqlText;
import dev.syncdb.sqlite.parse.SqlToken;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static dev.syncdb.sqlite.SqliteQuote.ident;

/**
 * SQLite triggers as {@link SchemaObject}s: identity {@code table.name}, definition the stored
 * CREATE TRIGGER text in its canonical spelling ({@link SqlText}: comments and layout dropped, so
 * the scratch copy and the target compare equal and the text still runs), needing its table or
 * view. SQLite keeps a trigger with its table: dropping the table (a rebuild) or the view drops it,
 * so whoever drops one re-creates the triggers that stay. SQLite does not check the columns a
 * trigger reads when it is created, only when it fires; {@link #checkColumns} does it beforehand.
 */
final class SqliteTriggers {

    private SqliteTriggers() {
    }

    /** The trigger {@code name} on {@code table} (a view when {@code onView}) with its stored text. */
    static SchemaObject of(String name, String table, boolean onView, String sql) {
        ObjectRef owner = new ObjectRef(onView ? Kind.VIEW : Kind.TABLE, table);
        return new SchemaObject(Kind.TRIGGER, name, table, table + "." + name, SqlText.canonical(sql),
                Map.of(), List.of(owner), List.of());
    }

    /** The triggers of a schema on table or view {@code owner}. */
    static List<SchemaObject> on(Schema schema, String owner) {
        return schema.objects().stream()
                .filter(o -> o.kind() == Kind.TRIGGER && o.table().equalsIgnoreCase(owner)).toList();
    }

    /** The triggers of {@code owner} that both schemas hold with the same definition (no change of the plan touches them). */
    static List<SchemaObject> kept(Schema current, Schema desired, String owner) {
        return on(desired, owner).stream()
                .filter(d -> current.objects().stream().anyMatch(c -> c.sameDefinition(d))).toList();
    }

    static String create(SchemaObject trigger) {
        return trigger.definition();
    }

    static String drop(SchemaObject trigger) {
        return "DROP TRIGGER " + ident(trigger.name());
    }

    /**
     * Refuses a trigger of {@code table} that reads a column the table does not have ({@code
     * NEW.c}, {@code OLD.c}, {@code UPDATE OF c}): SQLite would create it and fail at its first row.
     */
    static void checkColumns(SchemaObject trigger, Table table) {
        for (String c : columnsRead(trigger.definition())) {
            if (table.columns().stream().noneMatch(x -> x.name().equalsIgnoreCase(c))) {
                throw SyncdbException.error("trigger " + trigger.name() + " on " + table.name() + " reads column " + c
                        + ", which " + table.name() + " does not have in the desired schema: change or drop the trigger"
                        + " in the desired schema");
            }
        }
    }

    /** Whether the trigger reads column {@code column} of its table. */
    static boolean reads(SchemaObject trigger, String column) {
        return columnsRead(trigger.definition()).contains(column.toLowerCase(Locale.ROOT));
    }

    /** The columns of its own table a trigger text names (lower case): NEW.c, OLD.c and the UPDATE OF list. */
    static Set<String> columnsRead(String sql) {
        List<SqlToken> t = SqlLexer.tokens(sql);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + 2 < t.size(); i++) {
            if ((t.get(i).is("NEW") || t.get(i).is("OLD")) && t.get(i + 1).isSymbol(".") && t.get(i + 2).isName()) {
                out.add(t.get(i + 2).name().toLowerCase(Locale.ROOT));
            }
        }
        int of = updateOf(t);
        for (int i = of; of > 0 && i < t.size() && !t.get(i).is("ON"); i++) {
            if (t.get(i).isName()) {
                out.add(t.get(i).name().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The index of the first token after "UPDATE OF" in the trigger's header, or -1. */
    private static int updateOf(List<SqlToken> t) {
        for (int i = 0; i + 1 < t.size() && !t.get(i).is("BEGIN"); i++) {
            if (t.get(i).is("UPDATE") && t.get(i + 1).is("OF")) {
                return i + 2;
            }
        }
        return -1;
    }
}
