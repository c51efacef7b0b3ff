package dev.syncdb.migrate;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.LockRetry;
import dev.syncdb.sql.SqlChunk;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One migration script run statement by statement with a journal in its history row, for scripts
 * that cannot run in one transaction (a database whose DDL commits at once, such as MySQL, or a file
 * marked {@link MigrationScript#NO_TRANSACTION}). Before each statement the row says which one runs;
 * after it, how many are done. A data statement (INSERT, UPDATE, DELETE, ...) commits together with
 * its "done" mark, so it is either applied and counted or neither, and a resumed run never repeats a
 * data conversion. A schema statement commits on its own; when a run dies while one runs, the next
 * run tries it again and, if that fails, says it may have completed and that {@code repair} marks it
 * done. A run finding an unfinished row of the same script and direction resumes after its last
 * statement done. With a {@link LockRetry}, each statement waits a bounded time for its lock and is
 * tried again; one that never gets it stops the run with exit 3, naming the sessions in the way.
 */
final class JournaledRun {
    private static final Set<String> DATA = Set.of("insert", "update", "delete", "replace", "merge", "with", "select",
            "do", "call");

    private final Connection c;
    private final HistoryStore history;
    private final Consumer<String> notices;
    private final LockRetry retry;

    /** {@code retry}: the lock wait timeout and retries of each statement (null = as long as the server lets them wait). */
    JournaledRun(Connection c, HistoryStore history, Consumer<String> notices, LockRetry retry) {
        this.c = c;
        this.history = history;
        this.notices = notices;
        this.retry = retry;
    }

    /** Whether {@code sql} changes data rather than the schema (it can share a transaction with its mark). */
    static boolean isData(String sql) {
        String s = sql.strip();
        while (s.startsWith("--") || s.startsWith("/*") || s.startsWith("(")) {
            int end = s.startsWith("--") ? s.indexOf('\n') : s.startsWith("/*") ? s.indexOf("*/") + 1 : 0;
            s = end < 0 ? "" : s.substring(end + 1).strip();
        }
        int sp = 0;
        while (sp < s.length() && Character.isLetter(s.charAt(sp))) {
            sp++;
        }
        return DATA.contains(s.substring(0, sp).toLowerCase(Locale.ROOT));
    }

    /** Runs (or resumes) the script; {@code row} is the row to record, with the start time and user. */
    HistoryRow run(MigrationScript script, List<SqlChunk> chunks, HistoryRow row) throws SQLException {
        Optional<HistoryRow> before = history.unfinished(row.version(), row.type());
        int from = before.map(HistoryRow::statementsRun).orElse(0);
        boolean inDoubt = before.map(HistoryRow::interrupted).orElse(false);
        int rank = before.isPresent() ? before.get().rank() : history.insert(withProgress(row, false, HistoryStore.RUNNING + "(first statement)", 0));
        before.ifPresent(b -> notices.accept(resumeNotice(script, b, chunks.size(), from, inDoubt)));
        long t0 = System.nanoTime();
        int done = from;
        try {
            for (; done < chunks.size(); done++) {
                runOne(rank, chunks.get(done).sql(), done, before.isPresent() && done == from);
            }
        } catch (LockRetry.GaveUp e) {
            String failed = chunks.get(done).sql().strip();
            retry.cleanUp(c, failed);
            history.finish(rank, timed(withProgress(row, false, failed, done), t0));
            throw new SyncdbException(SyncdbException.REFUSED, "migration " + script.fileName() + " stopped at statement "
                    + (done + 1) + " of " + chunks.size() + lineOf(chunks.get(done)) + ": could not get its lock in "
                    + e.tries() + " tries, waiting at most " + retry.timeout().toMillis() + " ms each (the application's"
                    + " queries were not held longer): " + e.who() + "; " + aftermath(script, done, false));
        } catch (SQLException e) {
            rollbackQuietly();
            String failed = chunks.get(done).sql().strip();
            boolean doubt = inDoubt && done == from && !isData(failed);
            history.finish(rank, timed(withProgress(row, false, (doubt ? HistoryStore.RUNNING : "") + failed, done), t0));
            throw SyncdbException.error("migration " + script.fileName() + " failed at statement " + (done + 1) + " of "
                    + chunks.size() + lineOf(chunks.get(done)) + ": " + oneLine(e.getMessage()) + "; "
                    + aftermath(script, done, doubt));
        }
        HistoryRow ok = timed(withProgress(row, true, null, done), t0);
        history.finish(rank, ok);
        return ok;
    }

    /**
     * Marks the statement running, runs it (with the lock timeout and retries if any; what a try that
     * gave up left behind is cleaned up first when an earlier run stopped at it), marks it done.
     */
    private void runOne(int rank, String sql, int index, boolean failedBefore) throws SQLException, LockRetry.GaveUp {
        history.progress(rank, index, sql);
        if (retry == null) {
            runMarked(rank, sql, index);
            return;
        }
        if (failedBefore) {
            retry.cleanUp(c, sql);
        }
        retry.run(c, LockRetry.tableOf(sql), retry.beforeRetry(sql), () -> {
            try {
                runMarked(rank, sql, index);
            } catch (SQLException e) {
                rollbackQuietly();
                throw e;
            }
        });
    }

    /** Runs the statement and marks it done; a data statement commits with its mark. */
    private void runMarked(int rank, String sql, int index) throws SQLException {
        boolean data = isData(sql);
        if (data) {
            c.setAutoCommit(false);
        }
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
        history.progress(rank, index + 1, null);
        if (data) {
            c.commit();
            c.setAutoCommit(true);
        }
    }

    private static String resumeNotice(MigrationScript script, HistoryRow b, int total, int from, boolean inDoubt) {
        String how = b.interrupted() ? "was interrupted (the run that started it on " + b.installedOn() + " died)"
                : "failed on " + b.installedOn();
        String doneText = from == 0 ? "none of its " + total + " statements was applied"
                : from == 1 ? "statement 1 of " + total + " was applied and stays"
                : "statements 1-" + from + " of " + total + " were applied and stay";
        String next = from >= total ? "recording it as done" : "resuming at statement " + (from + 1)
                + (inDoubt && from < total ? " (it was running when the run died: a data statement was rolled back;"
                + " a schema statement is tried again)" : "");
        String edited = b.checksum() != null && !b.checksum().equals(script.checksum().hex())
                ? "; the file changed since (checksum " + b.checksum() + " then, " + script.checksum().hex() + " now)" : "";
        return "migration " + script.fileName() + " " + how + ": " + doneText + "; " + next + edited;
    }

    private static String aftermath(MigrationScript script, int done, boolean doubt) {
        String why = script.transactional() ? "this database commits each schema statement at once"
                : "the file is marked " + MigrationScript.NO_TRANSACTION + ", so each statement commits on its own";
        String kept = done == 0 ? "none of its statements was applied"
                : (done == 1 ? "statement 1 was applied and stays" : "statements 1-" + done + " were applied and stay")
                + " (" + why + ")";
        String next = doubt ? "; this statement was running when an earlier run died and may have completed before it:"
                + " if its change is there, run `syncdb repair` to mark it done, otherwise fix the cause; the next run"
                + " resumes at it" : "; the journal is in " + HistoryStore.TABLE + ": fix the cause (or the statement)"
                + " and run again, it resumes at statement " + (done + 1);
        return kept + next;
    }

    private static HistoryRow withProgress(HistoryRow r, boolean ok, String failed, int done) {
        return new HistoryRow(r.rank(), r.version(), r.description(), r.type(), r.script(), r.checksum(), r.installedBy(),
                r.installedOn(), r.durationMs(), ok, failed, done);
    }

    private static HistoryRow timed(HistoryRow r, long t0) {
        return new HistoryRow(r.rank(), r.version(), r.description(), r.type(), r.script(), r.checksum(), r.installedBy(),
                r.installedOn(), (System.nanoTime() - t0) / 1_000_000, r.success(), r.failedStatement(), r.statementsRun());
    }

    private void rollbackQuietly() {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException ignored) {
            // a lost connection rolls back by itself
        }
    }

    private static String lineOf(SqlChunk chunk) {
        return chunk.line() > 0 ? " (line " + chunk.line() + ")" : "";
    }

    private static String oneLine(String message) {
        return message == null ? "(no message)" : message.strip().lines().findFirst().orElse("");
    }
}
