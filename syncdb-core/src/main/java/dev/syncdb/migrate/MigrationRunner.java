package dev.syncdb.migrate;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.ExecutionHooks;
import dev.syncdb.dialect.LockRetry;
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
 * A script that cannot run in one transaction (marked {@link MigrationScript#NO_TRANSACTION}, or on
 * a database whose DDL commits at once) runs statement by statement with a journal in its history
 * row ({@link JournaledRun}): a failure says which statements stay applied, and the next run resumes
 * after the last statement done. A file marked {@link MigrationScript#NO_TRANSACTION} runs its
 * statements like an online apply when a {@link LockRetry} is given: each waits a bounded time for its
 * lock and is tried again, and when it still cannot get it the run stops with exit 3 naming the
 * sessions in the way.
 */
public final class MigrationRunner {
    private static final Plan NO_PLAN = new Plan(List.of(), List.of());

    private final Connection c;
    private final HistoryStore history;
    private final SplitOptions split;
    private final ExecutionHooks hooks;
    private final String user;
    private final boolean transactionalDdl;
    private final java.util.function.Consumer<String> notices;
    private final LockRetry retry;

    public MigrationRunner(Connection c, HistoryStore history, SplitOptions split, ExecutionHooks hooks, String user) {
        this(c, history, split, hooks, user, true, m -> { });
    }

    /**
     * {@code transactionalDdl}: whether the database rolls back schema statements (if not, every script
     * is journaled); {@code notices} hears that an unfinished run is resumed.
     */
    public MigrationRunner(Connection c, HistoryStore history, SplitOptions split, ExecutionHooks hooks, String user,
                           boolean transactionalDdl, java.util.function.Consumer<String> notices) {
        this(c, history, split, hooks, user, transactionalDdl, notices, null);
    }

    /**
     * {@code retry}: the lock wait timeout and retries for the statements of files marked
     * {@link MigrationScript#NO_TRANSACTION} (null = they wait as long as the server lets them).
     */
    public MigrationRunner(Connection c, HistoryStore history, SplitOptions split, ExecutionHooks hooks, String user,
                           boolean transactionalDdl, java.util.function.Consumer<String> notices, LockRetry retry) {
        this.retry = retry;
        this.c = c;
        this.history = history;
        this.split = split;
        this.hooks = hooks;
        this.user = user;
        this.transactionalDdl = transactionalDdl;
        this.notices = notices;
    }

    /** Runs the script and records it with the given type ({@code up} or {@code down}); returns the row. */
    public HistoryRow run(MigrationScript script, String type) {
        List<SqlChunk> chunks = new SqlSplitter(split).split(script.text());
        Instant start = Instant.now();
        long t0 = System.nanoTime();
        if (!script.transactional() || !transactionalDdl) {
            return journaled(script, type, chunks, start, t0);
        }
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
                    + "; rolled back, nothing of it remains; the failure is recorded in " + HistoryStore.TABLE
                    + ". Fix the file and run the command again");
        } finally {
            restore();
        }
    }

    private HistoryRow journaled(MigrationScript script, String type, List<SqlChunk> chunks, Instant start, long t0) {
        try {
            hooks.beforeTransaction(c, NO_PLAN);
            c.setAutoCommit(true);
            LockRetry r = script.transactional() ? null : retry;
            if (r != null) {
                r.prepare(c);
            }
            try {
                HistoryRow row = new JournaledRun(c, history, notices, r).run(script, chunks, row(script, type, start, t0, false, null, 0));
                hooks.beforeCommit(c, NO_PLAN);
                return row;
            } finally {
                if (r != null) {
                    r.reset(c);
                }
            }
        } catch (SQLException e) {
            throw SyncdbException.error("migration " + script.fileName() + " could not be recorded in "
                    + HistoryStore.TABLE + ": " + oneLine(e.getMessage()) + "; see `syncdb history` for how far it got");
        } finally {
            restore();
        }
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
