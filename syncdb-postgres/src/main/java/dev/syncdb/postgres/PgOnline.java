package dev.syncdb.postgres;

import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.AddCheck;
import dev.syncdb.diff.SchemaChange.AddForeignKey;
import dev.syncdb.diff.SchemaChange.AddIndex;
import dev.syncdb.diff.SchemaChange.AddPrimaryKey;
import dev.syncdb.diff.SchemaChange.AddUniqueKey;
import dev.syncdb.diff.SchemaChange.AlterColumn;
import dev.syncdb.diff.SchemaChange.DropIndex;
import dev.syncdb.diff.ColumnAspect;
import dev.syncdb.model.Table;
import dev.syncdb.plan.HazardCode;
import dev.syncdb.plan.LockNote;
import dev.syncdb.plan.RenderContext;
import dev.syncdb.plan.Statement;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.syncdb.postgres.PostgresQuote.ident;

/**
 * The PostgreSQL statements of a change to a live table ({@code --online}): indexes built and dropped
 * CONCURRENTLY, foreign keys and CHECKs added NOT VALID and validated in a second statement (which
 * lets writes go on), SET NOT NULL through a validated helper CHECK (PostgreSQL 12+ then skips the
 * scan), unique and primary keys through a concurrent unique index attached with USING INDEX. Every
 * statement carries the lock it takes and an estimate of how long it runs from the table's row count.
 */
final class PgOnline {
    /*
     * Rows per second, measured with bench/online_rates.sh on a table of 1,000,000 rows (PostgreSQL 15,
     * the shared 2-core machine, see docs/performance.md "Duration estimates"): CREATE INDEX CONCURRENTLY
     * 624,000, VALIDATE CONSTRAINT 3,350,000, ALTER COLUMN TYPE (rewrite and index rebuild) 207,000.
     */
    static final long INDEX_ROWS_PER_SECOND = 600_000;
    static final long SCAN_ROWS_PER_SECOND = 3_300_000;
    static final long REWRITE_ROWS_PER_SECOND = 200_000;
    private static final String ACCESS_EXCLUSIVE = "ACCESS EXCLUSIVE";
    private static final String SHARE_UPDATE_EXCLUSIVE = "SHARE UPDATE EXCLUSIVE";

    private PgOnline() {
    }

    /** The online statements of {@code change}, or {@code plain} (the usual ones) with their locks noted. */
    static List<Statement> render(SchemaChange change, List<Statement> plain, RenderContext ctx) {
        Optional<Table> table = ctx.current().table(change.table());
        if (table.isEmpty() || table.get().options().containsKey(PgPartitions.PARTITION_BY)) {
            return noted(change, plain, ctx);
        }
        long rows = ctx.online().rows(change.table());
        List<Statement> online = null;
        if (change instanceof AddIndex x) {
            online = List.of(concurrentIndex(PgIndexSql.create(x.table(), x.index()), x.index().name(), rows));
        } else if (change instanceof DropIndex x) {
            online = List.of(new Statement("DROP INDEX CONCURRENTLY " + ident(x.index().name()), false,
                    LockNote.brief(SHARE_UPDATE_EXCLUSIVE, false)));
        } else if (change instanceof AddForeignKey x && x.key().name() != null) {
            online = notValid(x.table(), PgTableSql.foreignKey(x.key()), x.key().name(), "SHARE ROW EXCLUSIVE", rows);
        } else if (change instanceof AddCheck x && x.check().name() != null && !x.check().expression().endsWith(" NOT VALID")) {
            online = notValid(x.table(), PgTableSql.check(x.check()), x.check().name(), ACCESS_EXCLUSIVE, rows);
        } else if (change instanceof AddUniqueKey x && x.key().name() != null) {
            online = usingIndex(x.table(), x.key().name(), x.key().columns(), x.key().nullsNotDistinct(),
                    "UNIQUE", deferrable(x.key().deferrable(), x.key().initiallyDeferred()), true, rows);
        } else if (change instanceof AddPrimaryKey x && x.key().name() != null) {
            boolean notNull = x.key().columns().stream().allMatch(c -> table.get().column(c).map(col -> !col.nullable()).orElse(false));
            online = usingIndex(x.table(), x.key().name(), x.key().columns(), false, "PRIMARY KEY",
                    deferrable(x.key().deferrable(), x.key().initiallyDeferred()), notNull, rows);
        } else if (change instanceof AlterColumn x && setsNotNull(x)) {
            online = notNullThroughCheck(x, plain, rows);
        }
        return online != null ? online : noted(change, plain, ctx);
    }

    /** CREATE [UNIQUE] INDEX CONCURRENTLY, dropping an invalid leftover of a failed try before a retry. */
    private static Statement concurrentIndex(String createSql, String name, long rows) {
        String sql = createSql.replaceFirst("^CREATE (UNIQUE )?INDEX ", "CREATE $1INDEX CONCURRENTLY ");
        return new Statement(sql, false, LockNote.scan(SHARE_UPDATE_EXCLUSIVE, false, took(rows, INDEX_ROWS_PER_SECOND))
                .withBeforeRetry("DROP INDEX CONCURRENTLY IF EXISTS " + ident(name)));
    }

    /** ADD CONSTRAINT ... NOT VALID (a brief lock, new rows are checked), then VALIDATE (writes go on). */
    private static List<Statement> notValid(String table, String clause, String name, String addLock, long rows) {
        String alter = "ALTER TABLE " + ident(table) + " ";
        return List.of(new Statement(alter + "ADD " + clause + " NOT VALID", true, LockNote.brief(addLock, true)),
                new Statement(alter + "VALIDATE CONSTRAINT " + ident(name), true,
                        LockNote.scan(SHARE_UPDATE_EXCLUSIVE, false, took(rows, SCAN_ROWS_PER_SECOND))));
    }

    /** CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... USING INDEX (a brief lock). */
    private static List<Statement> usingIndex(String table, String name, List<String> columns, boolean nullsNotDistinct,
                                              String kind, String deferrable, boolean brief, long rows) {
        String index = "CREATE UNIQUE INDEX " + ident(name) + " ON " + ident(table) + " ("
                + String.join(", ", columns.stream().map(PostgresQuote::ident).toList()) + ")"
                + (nullsNotDistinct ? " NULLS NOT DISTINCT" : "");
        String attach = "ALTER TABLE " + ident(table) + " ADD CONSTRAINT " + ident(name) + " " + kind
                + " USING INDEX " + ident(name) + deferrable;
        LockNote attachLock = brief ? LockNote.brief(ACCESS_EXCLUSIVE, true)
                : LockNote.scan(ACCESS_EXCLUSIVE, true, took(rows, SCAN_ROWS_PER_SECOND));
        return List.of(concurrentIndex(index, name, rows), new Statement(attach, true, attachLock));
    }

    private static boolean setsNotNull(AlterColumn x) {
        return x.aspects().contains(ColumnAspect.NULLABLE) && !x.to().nullable() && !x.aspects().contains(ColumnAspect.TYPE);
    }

    /**
     * SET NOT NULL without a scan under ACCESS EXCLUSIVE: a helper CHECK (col IS NOT NULL) added NOT VALID
     * and validated (writes go on), then SET NOT NULL (PostgreSQL 12+ trusts the validated check), then
     * the helper is dropped. The other clauses of the change keep their place.
     */
    private static List<Statement> notNullThroughCheck(AlterColumn x, List<Statement> plain, long rows) {
        String setNotNull = "ALTER TABLE " + ident(x.table()) + " ALTER COLUMN " + ident(x.to().name()) + " SET NOT NULL";
        String helper = helperName(x.table(), x.to().name());
        String check = "CONSTRAINT " + ident(helper) + " CHECK (" + ident(x.to().name()) + " IS NOT NULL)";
        List<Statement> out = new ArrayList<>();
        for (Statement st : plain) {
            if (st.sql().equals(setNotNull)) {
                out.addAll(notValid(x.table(), check, helper, ACCESS_EXCLUSIVE, rows));
                out.add(new Statement(setNotNull, true, LockNote.brief(ACCESS_EXCLUSIVE, true)));
                out.add(new Statement("ALTER TABLE " + ident(x.table()) + " DROP CONSTRAINT " + ident(helper), true,
                        LockNote.brief(ACCESS_EXCLUSIVE, true)));
            } else {
                out.add(st.withLock(plainLock(st.sql(), false, rows)));
            }
        }
        return out;
    }

    /** The helper check's name: table_column_not_null, shortened to PostgreSQL's 63 bytes. */
    static String helperName(String table, String column) {
        String name = table + "_" + column + "_not_null";
        return name.length() <= 63 ? name : name.substring(0, 54) + "_not_null";
    }

    private static String deferrable(boolean deferrable, boolean initiallyDeferred) {
        return !deferrable ? "" : initiallyDeferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE";
    }

    /** The usual statements with their locks noted: a rewrite holds ACCESS EXCLUSIVE while it copies the rows. */
    private static List<Statement> noted(SchemaChange change, List<Statement> plain, RenderContext ctx) {
        boolean rewrites = PgHazards.of(change, ctx).stream().anyMatch(h -> h.code() == HazardCode.TABLE_REWRITE
                || h.code() == HazardCode.LONG_LOCK);
        long rows = ctx.online().rows(change.table());
        return plain.stream().map(st -> st.lock() != null ? st : st.withLock(plainLock(st.sql(), rewrites, rows))).toList();
    }

    private static LockNote plainLock(String sql, boolean scans, long rows) {
        String upper = sql.stripLeading().toUpperCase(java.util.Locale.ROOT);
        if (upper.startsWith("CREATE INDEX") || upper.startsWith("CREATE UNIQUE INDEX")) {
            return LockNote.scan("SHARE", true, took(rows, INDEX_ROWS_PER_SECOND));
        }
        if (upper.startsWith("UPDATE")) {
            return LockNote.scan("ROW EXCLUSIVE (and every updated row)", false, took(rows, REWRITE_ROWS_PER_SECOND));
        }
        if (upper.startsWith("COMMENT")) {
            return LockNote.brief(SHARE_UPDATE_EXCLUSIVE, false);
        }
        return scans ? LockNote.scan(ACCESS_EXCLUSIVE, true, took(rows, REWRITE_ROWS_PER_SECOND))
                : LockNote.brief(ACCESS_EXCLUSIVE, true);
    }

    static Duration took(long rows, long perSecond) {
        return Duration.ofMillis(rows * 1000 / perSecond);
    }
}
