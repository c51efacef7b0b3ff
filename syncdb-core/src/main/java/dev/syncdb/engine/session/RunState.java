package dev.syncdb.engine.session;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What this process is doing to a database right now, for the one line printed when it is stopped
 * (Ctrl-C, SIGTERM): a process-wide record, since a stop can come at any moment from outside. Use
 * cases that change a schema say when they start, on which connection, how far they got and when
 * they are done; until one does, a stop changed nothing.
 */
public final class RunState {
    private static final long SETTLE_MS = 200;

    private static volatile String line = null;
    private static volatile Connection connection = null;

    private RunState() {
    }

    /**
     * Stops the change under way, if any (its connection is aborted, so an open transaction can no
     * longer commit and the server rolls it back), and returns the line that says what stays.
     */
    public static String interrupt() {
        String before = line;
        Connection c = connection;
        if (c != null) {
            abort(c);
            try {
                Thread.sleep(SETTLE_MS); // lets the running step record that it ended
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String after = line; // null when the aborted step recorded its rollback; else it may have committed
        String l = after != null ? after : before;
        return "interrupted: " + (l == null ? "nothing was changed" : l);
    }

    /** What a stop now would leave, without the "interrupted: " prefix (null = nothing changed). */
    public static String interruptedLine() {
        return line;
    }

    /** A change is under way on {@code c}; a stop now would leave things as {@code whatStays} says. */
    public static void changing(Connection c, String whatStays) {
        connection = c;
        line = whatStays;
    }

    /** The change is over (done, or failed and reported): a stop now changes nothing more. */
    public static void idle() {
        connection = null;
        line = null;
    }

    private static void abort(Connection c) {
        try {
            c.abort(Runnable::run);
        } catch (SQLException | RuntimeException | AbstractMethodError e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the process is ending: the server drops the session and rolls back what is open
            }
        }
    }
}
