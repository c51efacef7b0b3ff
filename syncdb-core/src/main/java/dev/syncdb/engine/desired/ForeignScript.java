package dev.syncdb.engine.desired;

import dev.syncdb.dialect.Dialect;
import dev.syncdb.dialect.Dialects;

import java.util.OptionalInt;

/**
 * What a desired-schema error adds when the database's message is terse: the line where the parser
 * stopped (from the dialect's {@link Dialect#errorOffset}), and a hint when the script looks like
 * another database's SQL (a PostgreSQL file pointed at a SQLite target, say).
 */
final class ForeignScript {
    private ForeignScript() {
    }

    /** {@code where} ("file:line: message") with its line moved to the statement's {@code offset}, when known. */
    static String relocate(String where, ScriptStatement st, OptionalInt offset) {
        String prefix = st.script().source() + ":" + st.chunk().line();
        if (offset.isEmpty() || !where.startsWith(prefix + ":")) {
            return where;
        }
        String sql = st.chunk().sql();
        int end = Math.max(0, Math.min(offset.getAsInt(), sql.length()));
        long newlines = sql.substring(0, end).chars().filter(c -> c == '\n').count();
        return st.script().source() + ":" + (st.chunk().line() + newlines) + where.substring(prefix.length());
    }

    /** "; it looks like X SQL, ..." when another dialect recognizes the script as its own; else empty. */
    static String hint(Dialect reader, String script) {
        return Dialects.all().stream()
                .filter(d -> !d.name().equals(reader.name()) && d.writtenIn(script))
                .findFirst()
                .map(d -> "; the file looks like " + d.name() + " SQL, but the desired schema is read as "
                        + reader.name() + " SQL, the target's (write it for " + reader.name()
                        + ", or point --url at a " + d.name() + " database)")
                .orElse("");
    }
}
