package dev.syncdb.migrate;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.ExecutionHooks;
import dev.syncdb.dialect.SplitOptions;
import dev.syncdb.plan.Plan;
import dev.syncdb.sql.SqlChunk;
import dev.syncdb.sql.SqlSplitter;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * Runs one migration script in one transaction together with its history row, so a script is
 * either applied and recorded, or not applied at all. A failure is rolled back and then recorded
 * in a transaction of its own (statement, how many ran before it), and becomes a one-line error.
 * A script marked {@link MigrationScript#NO_TRANSACTION} runs statement by statement in autocommit
 * and is recorded after its last statement; a failure then says which statements stay committed.
 */
public final class MigrationRunner {
    private static final Plan NO_PLAN = new Plan(List.of(), List.of());

    private final Connection c;
    private final HistoryStore history;
    private final SplitOptions split;
    private final ExecutionHooks hooks;
    private final String user;

    public MigrationRunner(Connection c, HistoryStore history, SplitOptions split, ExecutionHooks hooks, String user) {
        this.c = c;
        this.history = history;
        this.split = split;
        this.hooks = hooks;
        this.user = user;
    }

    /** Runs the script and records it with the given type ({@code up} or {@code down}); returns the row. */
    public HistoryRow run(MigrationScript script, String type) {
        List<SqlChunk> chunks = new SqlSplitter(split).split(script.text());
        Instant start = Instant.now();
        long t0 = System.nanoTime();
        int done = 0;
        try {
            hooks.beforeTransaction(c, NO_PLAN);
            c.setAutoCommit(!script.transactional());
            for (SqlChunk chunk : chunks) {
                execute(chunk.sql());
                done++;
            }
            hooks.beforeCommit(c, NO_PLAN);
            HistoryRow row = row(script, type, start, t0, true, null, done);
            history.insert(row);
            if (!c.getAutoCommit()) {
                c.commit();
            }
            return row;
        } catch (SQLException e) {
            rollback();
            String failed = done < chunks.size() ? chunks.get(done).sql().strip() : "(commit)";
            recordFailure(row(script, type, start, t0, false, failed, done));
            int line = done < chunks.size() ? chunks.get(done).line() : 0;
            throw SyncdbException.error("migration " + script.fileName() + " failed at statement " + (done + 1)
                    + (line > 0 ? " (line " + line + ")" : "") + ": " + oneLine(e.getMessage())
                    + "; " + aftermath(script, done) + "; the failure is recorded in " + HistoryStore.TABLE
                    + ". Fix the file and run the command again");
        } finally {
            restore();
        }
    }

    private static String aftermath(MigrationScript script, int done) {
        if (script.transactional()) {
            return "rolled back, nothing of it remains";
        }
        return "the file runs outside a transaction (" + MigrationScript.NO_TRANSACTION + "), so the " + done
                + " statement(s) before it stay applied and the next run starts the file again from its first"
                + " statement: make them safe to repeat (IF NOT EXISTS)";
    }

    private void execute(String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private HistoryRow row(MigrationScript s, String type, Instant start, long t0, boolean ok, String failed, int done) {
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return new HistoryRow(0, s.version().text(), s.description(), type, s.fileName(), s.checksum().hex(), user,
                start, ms, ok, failed, done);
    }

    private void recordFailure(HistoryRow row) {
        try {
            c.setAutoCommit(true);
            history.insert(row);
        } catch (SQLException e) {
            // the connection is gone; the error about the migration itself is what matters
        }
    }

    private void rollback() {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException ignored) {
            // a lost connection rolls back by itself
        }
    }

    private void restore() {
        try {
            c.setAutoCommit(true);
            hooks.afterTransaction(c, NO_PLAN);
        } catch (SQLException ignored) {
            // the connection is gone; the server rolled back what was not committed
        }
    }

    private static String oneLine(String message) {
        return message == null ? "(no message)" : message.strip().lines().findFirst().orElse("");
    }
}
