package dev.syncdb.engine.apply;

import dev.syncdb.engine.plan.OnlineOptions;
import dev.syncdb.engine.session.Session;
import dev.syncdb.plan.Statement;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * How an online plan runs one schema statement: with the session's lock wait limited to the options'
 * timeout, and, when the statement gives up waiting for its lock, tried again after an exponentially
 * growing pause (250 ms, 500 ms, 1 s, ... at most 10 s) up to the options' number of retries. What a
 * statement needs before a retry (dropping the invalid index a failed concurrent build left) runs
 * first. When the last try gives up too, {@link GaveUp} names the sessions that hold the table's locks.
 */
final class LockRetry {
    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

    /** The work of one statement on the connection. */
    interface Work {
        void run() throws SQLException;
    }

    /** A statement that could not get its lock in any try; {@code holders} are the sessions in the way. */
    static final class GaveUp extends Exception {
        final int tries;
        final List<String> holders;

        GaveUp(int tries, List<String> holders, SQLException last) {
            super(last.getMessage(), last);
            this.tries = tries;
            this.holders = List.copyOf(holders);
        }
    }

    private final Session session;
    private final OnlineOptions options;

    LockRetry(Session session, OnlineOptions options) {
        this.session = session;
        this.options = options;
    }

    /** Limits how long the session's statements wait for a lock. */
    void prepare(Connection c) throws SQLException {
        session.dialect().setLockWaitTimeout(c, options.lockWaitTimeout());
    }

    Duration timeout() {
        return options.lockWaitTimeout();
    }

    /** Runs {@code work} for {@code st} on {@code table}, trying again after a lock timeout. */
    void run(Connection c, String table, Statement st, Work work) throws SQLException, GaveUp {
        for (int attempt = 0; ; attempt++) {
            try {
                if (attempt > 0 && st.lock() != null && st.lock().beforeRetry() != null) {
                    runPlain(c, st.lock().beforeRetry());
                }
                work.run();
                return;
            } catch (SQLException e) {
                if (!session.dialect().isLockTimeout(e)) {
                    throw e;
                }
                if (attempt >= options.retries()) {
                    throw new GaveUp(attempt + 1, holders(c, table), e);
                }
                pause(attempt);
            }
        }
    }

    private List<String> holders(Connection c, String table) {
        try {
            return session.dialect().lockHolders(c, session.schemaName(), table);
        } catch (SQLException e) {
            return List.of("(the lock holders could not be read: " + Session.oneLine(e.getMessage()) + ")");
        }
    }

    private static void runPlain(Connection c, String sql) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void pause(int attempt) {
        long ms = Math.min(LONGEST_PAUSE.toMillis(), FIRST_PAUSE.toMillis() << Math.min(attempt, 10));
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
