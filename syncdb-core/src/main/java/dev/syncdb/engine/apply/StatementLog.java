package dev.syncdb.engine.apply;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where a plan run statement by statement records its progress: the journal in the history table on a
 * database whose DDL commits at once ({@link ApplyJournal}), or nothing ({@link #direct}) for an online
 * plan on a database that could roll back but runs each statement on its own.
 */
interface StatementLog {

    /** Whether {@code sql} is a data statement an unfinished earlier run already ran (so it is skipped). */
    boolean alreadyRun(String sql);

    /** Runs statement number {@code index} (0-based), with whatever marks the log keeps. */
    void run(String sql, int index) throws SQLException;

    /** Records the end of the run: {@code done} statements, and the failed one (null = success). */
    void finish(int done, String failed);

    /** A log that only runs the statements, each committed on its own. */
    static StatementLog direct(Connection c) {
        return new StatementLog() {
            @Override
            public boolean alreadyRun(String sql) {
                return false;
            }

            @Override
            public void run(String sql, int index) throws SQLException {
                try (java.sql.Statement st = c.createStatement()) {
                    st.execute(sql);
                }
            }

            @Override
            public void finish(int done, String failed) {
            }
        };
    }
}
