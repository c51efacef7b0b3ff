package dev.syncdb.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a statement on a live table runs, for an online apply and for a migration file marked to run
 * outside a transaction: with the session's lock wait limited to {@code timeout}, and, when the
 * statement gives up waiting for its lock, tried again after an exponentially growing pause (250 ms,
 * 500 ms, 1 s, ... at most 10 s) up to {@code retries} times. What a statement needs before a retry
 * (dropping the invalid index a failed concurrent build left) runs first. When the last try gives up
 * too, {@link GaveUp} names the sessions that hold the table's locks ({@link OnlineDdl#lockHolders}).
 */
public final class LockRetry {
    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);
    private static final Pattern TABLE = Pattern.compile("^\\s*(?:ALTER\\s+TABLE(?:\\s+IF\\s+EXISTS)?(?:\\s+ONLY)?"
            + "|CREATE\\s+(?:UNIQUE\\s+)?INDEX\\b.*?\\bON(?:\\s+ONLY)?|LOCK\\s+TABLE|TRUNCATE(?:\\s+TABLE)?"
            + "|(?:DELETE\\s+FROM|UPDATE|INSERT\\s+INTO))\\s+((?:[`\"]?[\\w$]+[`\"]?\\.)*[`\"]?[\\w$]+[`\"]?)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** The work of one statement on the connection. */
    public interface Work {
        void run() throws SQLException;
    }

    /** A statement that could not get its lock in any try; {@code holders} are the sessions in the way. */
    public static final class GaveUp extends Exception {
        private final int tries;
        private final transient List<String> holders;

        GaveUp(int tries, List<String> holders, SQLException last) {
            super(last.getMessage(), last);
            this.tries = tries;
            this.holders = List.copyOf(holders);
        }

        public int tries() {
            return tries;
        }

        public List<String> holders() {
            return holders;
        }

        /** "held by pid 12 (...); pid 13 (...)", or that the lock was released meanwhile. */
        public String who() {
            return holders.isEmpty() ? "no session holds a lock on the table any more (it was released meanwhile)"
                    : "held by " + String.join("; ", holders);
        }
    }

    private final OnlineDdl online;
    private final String namespace;
    private final Duration timeout;
    private final int retries;

    /** {@code namespace}: where the tables are, to name the lock holders. */
    public LockRetry(OnlineDdl online, String namespace, Duration timeout, int retries) {
        this.online = online;
        this.namespace = namespace;
        this.timeout = timeout;
        this.retries = retries;
    }

    /** Limits how long the session's statements wait for a lock. */
    public void prepare(Connection c) throws SQLException {
        online.setLockWaitTimeout(c, timeout);
    }

    /** Lets the session's statements wait for locks as long as they did before {@link #prepare}; quiet if the connection is gone. */
    public void reset(Connection c) {
        try {
            online.resetLockWaitTimeout(c);
        } catch (SQLException ignored) {
            // the connection is gone, and its settings with it
        }
    }

    /** What must run before the hand-written {@code sql} is tried again (null = nothing), from the dialect. */
    public String beforeRetry(String sql) {
        return online.beforeRetry(sql);
    }

    /**
     * Runs what {@code sql} needs before another try, if anything (the invalid index of a concurrent build
     * that gave up); quiet when that fails too (the next try then says why).
     */
    public void cleanUp(Connection c, String sql) {
        String cleanup = online.beforeRetry(sql);
        if (cleanup != null) {
            try {
                runPlain(c, cleanup);
            } catch (SQLException ignored) {
                // still locked or already gone: the statement's next try reports what matters
            }
        }
    }

    public Duration timeout() {
        return timeout;
    }

    /**
     * Runs {@code work} on {@code table} (null = not known: the holders are looked for on every table
     * of the namespace), trying again after a lock timeout; {@code beforeRetry} (null = none) runs
     * before each new try.
     */
    public void run(Connection c, String table, String beforeRetry, Work work) throws SQLException, GaveUp {
        for (int attempt = 0; ; attempt++) {
            try {
                if (attempt > 0 && beforeRetry != null) {
                    runPlain(c, beforeRetry);
                }
                work.run();
                return;
            } catch (SQLException e) {
                if (!online.isLockTimeout(e)) {
                    throw e;
                }
                if (attempt >= retries) {
                    throw new GaveUp(attempt + 1, holders(c, table), e);
                }
                pause(attempt);
            }
        }
    }

    /** The table a hand-written statement changes (ALTER TABLE, CREATE INDEX ... ON, DML), unquoted; null if not seen. */
    public static String tableOf(String sql) {
        Matcher m = TABLE.matcher(sql.replaceAll("(?m)^\\s*--.*$", ""));
        if (!m.find()) {
            return null;
        }
        String name = m.group(1);
        int dot = name.lastIndexOf('.');
        return name.substring(dot + 1).replaceAll("[`\"]", "");
    }

    private List<String> holders(Connection c, String table) {
        try {
            return online.lockHolders(c, namespace, table);
        } catch (SQLException e) {
            String msg = e.getMessage() == null ? "(no message)" : e.getMessage().strip().lines().findFirst().orElse("");
            return List.of("(the lock holders could not be read: " + msg + ")");
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
