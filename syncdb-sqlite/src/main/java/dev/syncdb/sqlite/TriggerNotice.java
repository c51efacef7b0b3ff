package dev.syncdb.sqlite;

import dev.syncdb.model.Schema;
import dev.syncdb.model.Unsupported;

import java.util.List;

/**
 * A trigger as this dialect reports it: an {@link Unsupported} of kind "trigger" whose detail reads
 * {@code on table "t": CREATE TRIGGER ...}, so the notice tells the user where the trigger is and a
 * table rebuild can recreate it from the same record.
 */
record TriggerNotice(String name, String table, String sql) {
    static final String KIND = "trigger";
    private static final String PREFIX = "on table ";

    static Unsupported of(String name, String table, String sql) {
        return new Unsupported(KIND, name, PREFIX + SqliteQuote.ident(table) + ": " + sql);
    }

    /** The triggers of {@code table} in a schema's unsupported objects. */
    static List<TriggerNotice> on(Schema schema, String table) {
        return schema.unsupported().stream().filter(u -> KIND.equals(u.kind()))
                .map(TriggerNotice::parse).filter(t -> t != null && t.table().equalsIgnoreCase(table)).toList();
    }

    /** The trigger a notice describes, or null when it is not a trigger notice of this dialect. */
    static TriggerNotice parse(Unsupported u) {
        String d = u.detail();
        if (d == null || !d.startsWith(PREFIX + "\"")) {
            return null;
        }
        int i = PREFIX.length() + 1;
        StringBuilder name = new StringBuilder();
        while (i < d.length()) {
            char ch = d.charAt(i);
            if (ch == '"' && i + 1 < d.length() && d.charAt(i + 1) == '"') {
                name.append('"');
                i += 2;
            } else if (ch == '"') {
                break;
            } else {
                name.append(ch);
                i++;
            }
        }
        return d.startsWith(": ", i + 1) ? new TriggerNotice(u.name(), name.toString(), d.substring(i + 3)) : null;
    }
}
