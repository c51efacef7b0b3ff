package dev.syncdb.mysql;

import dev.syncdb.diff.ColumnAspect;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.AddColumn;
import dev.syncdb.diff.SchemaChange.AddForeignKey;
import dev.syncdb.diff.SchemaChange.AddIndex;
import dev.syncdb.diff.SchemaChange.AddUniqueKey;
import dev.syncdb.diff.SchemaChange.AlterColumn;
import dev.syncdb.diff.SchemaChange.DropColumn;
import dev.syncdb.diff.SchemaChange.DropForeignKey;
import dev.syncdb.diff.SchemaChange.DropIndex;
import dev.syncdb.diff.SchemaChange.DropUniqueKey;
import dev.syncdb.model.Column;
import dev.syncdb.plan.HazardCode;
import dev.syncdb.plan.LockNote;
import dev.syncdb.plan.RenderContext;
import dev.syncdb.plan.Statement;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The MySQL / MariaDB statements of a change to a live table ({@code --online}): each ALTER TABLE gets
 * the ALGORITHM and LOCK clauses the server supports for that kind of change (INSTANT for a new column
 * where the version has it, else INPLACE with LOCK=NONE), so the server refuses the statement rather
 * than silently copying the table under a lock. When the server refuses that clause (an INSTANT add on
 * a table with a FULLTEXT index, LOCK=NONE where the change needs a lock), the apply tries the next
 * form the statement carries: INSTANT, then INPLACE with LOCK=NONE, then LOCK=SHARED (the server
 * picks INPLACE or COPY; it blocks writes, so it runs only with --allow-rewrite). A foreign key is added
 * INPLACE with {@code foreign_key_checks} off for that one statement (the only way the server adds one
 * without copying): the preflight has already checked that every existing row has its parent, and new
 * rows are checked as soon as the key exists. Changes that copy the table (a type change, a CHECK)
 * keep their statement and say what they lock.
 */
final class MysqlOnline {
    /*
     * Rows per second, measured with bench/online_rates.sh on a table of 1,000,000 rows (MariaDB 10.11,
     * the shared 2-core machine, see docs/performance.md "Duration estimates"): ADD INDEX in place 377,000,
     * MODIFY with ALGORITHM=COPY 125,000.
     */
    static final long INPLACE_ROWS_PER_SECOND = 375_000;
    static final long COPY_ROWS_PER_SECOND = 125_000;
    private static final String INPLACE = "ALGORITHM=INPLACE, LOCK=NONE";
    private static final String SHARED = "LOCK=SHARED";

    private MysqlOnline() {
    }

    static List<Statement> render(SchemaChange change, List<Statement> plain, RenderContext ctx) {
        if (ctx.current().table(change.table()).isEmpty()) {
            return plain;
        }
        long rows = ctx.online().rows(change.table());
        String clause = clause(change, ctx.online().serverVersion());
        boolean copies = MysqlHazards.of(change).stream().anyMatch(h -> h.code() == HazardCode.TABLE_REWRITE);
        List<Statement> out = new ArrayList<>();
        for (Statement st : plain) {
            boolean alter = st.sql().toUpperCase(Locale.ROOT).startsWith("ALTER TABLE ");
            if (alter && clause != null && !copies) {
                if (change instanceof AddForeignKey) {
                    out.add(new Statement("SET SESSION foreign_key_checks = 0", true, null));
                }
                out.add(new Statement(st.sql() + ", " + clause, true, note(st.sql(), clause, rows)));
                if (change instanceof AddForeignKey) {
                    out.add(new Statement("SET SESSION foreign_key_checks = 1", true, null));
                }
            } else if (alter) {
                out.add(st.withLock(copies || change instanceof SchemaChange.AddCheck
                        ? LockNote.scan("ALGORITHM=COPY (SHARED: blocks writes)", true, took(rows, COPY_ROWS_PER_SECOND))
                        : LockNote.brief("server default algorithm (metadata lock)", true)));
            } else {
                out.add(st.lock() != null || st.sql().startsWith("SET ") ? st
                        : st.withLock(LockNote.scan("row locks on every updated row", false, took(rows, COPY_ROWS_PER_SECOND))));
            }
        }
        return out;
    }

    /** The ALGORITHM/LOCK clause for this kind of change on this server, or null to leave the statement as it is. */
    static String clause(SchemaChange c, String server) {
        if (c instanceof AddColumn a) {
            return instantColumn(a.column(), server) ? "ALGORITHM=INSTANT" : INPLACE;
        }
        if (c instanceof AddIndex a) {
            String m = a.index().method() == null ? "" : a.index().method().toUpperCase(Locale.ROOT);
            return m.equals("FULLTEXT") || m.equals("SPATIAL") ? null : INPLACE;
        }
        if (c instanceof AddUniqueKey || c instanceof DropIndex || c instanceof DropUniqueKey
                || c instanceof DropForeignKey || c instanceof DropColumn || c instanceof AddForeignKey) {
            return INPLACE;
        }
        if (c instanceof AlterColumn a && a.aspects().stream().allMatch(x -> x == ColumnAspect.NULLABLE
                || x == ColumnAspect.DEFAULT)) {
            return a.aspects().contains(ColumnAspect.NULLABLE) ? INPLACE : "ALGORITHM=INSTANT";
        }
        return null;
    }

    /** INSTANT ADD COLUMN: MariaDB 10.3.2+, MySQL 8.0.12+; not for AUTO_INCREMENT or stored generated columns. */
    private static boolean instantColumn(Column c, String server) {
        if (c.identity() != null || (c.generated() != null && c.generated().stored())) {
            return false;
        }
        int[] v = version(server);
        boolean maria = server != null && server.startsWith("MariaDB");
        return maria ? compare(v, 10, 3, 2) >= 0 : compare(v, 8, 0, 12) >= 0;
    }

    /** The lock of {@code sql} with {@code clause}, and the forms to try when the server refuses the clause. */
    static LockNote note(String sql, String clause, long rows) {
        List<LockNote.Fallback> next = new ArrayList<>();
        boolean instant = clause.contains("INSTANT");
        if (instant) {
            next.add(new LockNote.Fallback(sql + ", " + INPLACE, INPLACE, false));
        }
        next.add(new LockNote.Fallback(sql + ", " + SHARED, SHARED + " (the server picks INPLACE or COPY)", true));
        LockNote note = instant ? LockNote.brief(clause + " (metadata lock only)", true)
                : LockNote.scan(clause, false, took(rows, INPLACE_ROWS_PER_SECOND));
        return note.withFallbacks(next);
    }

    static int[] version(String server) {
        int[] v = new int[3];
        if (server == null) {
            return v;
        }
        String[] parts = server.replaceAll("^[^0-9]*", "").split("[^0-9]+");
        for (int i = 0; i < 3 && i < parts.length; i++) {
            v[i] = parts[i].isEmpty() ? 0 : Integer.parseInt(parts[i]);
        }
        return v;
    }

    private static int compare(int[] v, int major, int minor, int patch) {
        int[] w = {major, minor, patch};
        for (int i = 0; i < 3; i++) {
            if (v[i] != w[i]) {
                return Integer.compare(v[i], w[i]);
            }
        }
        return 0;
    }

    static Duration took(long rows, long perSecond) {
        return Duration.ofMillis(rows * 1000 / perSecond);
    }
}
