package dev.syncdb.sqlite;

import dev.syncdb.sqlite.parse.SqlLexer;
import dev.syncdb.sqlite.parse.SqlToken;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.RenameColumn;
import dev.syncdb.diff.SchemaChange.RenameTable;
import dev.syncdb.model.Unsupported;

import java.util.List;

import static dev.syncdb.sqlite.SqliteQuote.ident;

/**
 * What SQLite (3.26+, legacy_alter_table off) does to the triggers of a table when it or one of its
 * columns is renamed: it rewrites their text. The same is done here to the trigger notices, so a
 * rebuild of the renamed table re-creates them as the database holds them. A renamed table is
 * replaced wherever its name stands as a name; a renamed column where it is qualified ({@code
 * NEW.col}, {@code OLD.col}, {@code table.col}) in a trigger of its own table.
 */
final class TriggerRenames {

    private TriggerRenames() {
    }

    static List<Unsupported> after(List<Unsupported> notes, SchemaChange rename) {
        return notes.stream().map(u -> {
            TriggerNotice t = TriggerNotice.KIND.equals(u.kind()) ? TriggerNotice.parse(u) : null;
            if (t == null) {
                return u;
            }
            if (rename instanceof RenameTable r && t.table().equalsIgnoreCase(r.from())) {
                return TriggerNotice.of(t.name(), r.to(), replace(t.sql(), r.from(), null, r.to()));
            }
            if (rename instanceof RenameColumn r && t.table().equalsIgnoreCase(r.table())) {
                return TriggerNotice.of(t.name(), t.table(), replace(t.sql(), r.from(), r.table(), r.to()));
            }
            return u;
        }).toList();
    }

    /**
     * The text with each name token equal to {@code old} replaced by {@code to}; with {@code table}
     * given, only where the token follows "NEW.", "OLD." or "table.".
     */
    static String replace(String sql, String old, String table, String to) {
        List<SqlToken> tokens = SqlLexer.tokens(sql);
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken k = tokens.get(i);
            boolean name = (k.kind() == SqlToken.Kind.WORD || k.kind() == SqlToken.Kind.QUOTED_NAME)
                    && k.name().equalsIgnoreCase(old);
            if (name && (table == null || qualified(tokens, i, table))) {
                out.append(sql, at, k.start()).append(ident(to));
                at = k.end();
            }
        }
        return out.append(sql.substring(at)).toString();
    }

    private static boolean qualified(List<SqlToken> tokens, int i, String table) {
        if (i < 2 || !tokens.get(i - 1).isSymbol(".")) {
            return false;
        }
        SqlToken q = tokens.get(i - 2);
        return q.is("NEW") || q.is("OLD") || (q.isName() && q.name().equalsIgnoreCase(table));
    }
}
