package dev.syncdb.migrate;

import java.time.Instant;

/**
 * One row of the history table {@code syncdb_history}: rank (order of recording), version,
 * description, type ({@code up}, {@code down}, {@code stamp}, {@code unstamp}; {@code adopt} records
 * where another tool left the database when syncdb took it over, see {@link AdoptedPosition}), script file name,
 * checksum, who ran it, when, how long it took (ms), whether it succeeded, and for a failure the
 * statement that failed and how many statements had run before it.
 */
public record HistoryRow(int rank, String version, String description, String type, String script, String checksum,
                         String installedBy, Instant installedOn, long durationMs, boolean success,
                         String failedStatement, int statementsRun) {
    public static final String UP = "up";
    public static final String DOWN = "down";
    public static final String STAMP = "stamp";
    public static final String UNSTAMP = "unstamp";
    public static final String ADOPT = "adopt";

    /** Whether a journaled run died while a statement ran (the statement may or may not have taken effect). */
    public boolean interrupted() {
        return !success && failedStatement != null && failedStatement.startsWith(HistoryStore.RUNNING);
    }

    /** Whether this row, when successful, marks its version applied (up, stamp) rather than reverted. */
    public boolean applies() {
        return type.equals(UP) || type.equals(STAMP);
    }
}
