package dev.syncdb.mysql;

import dev.syncdb.dialect.LockOwner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.Callable;

/**
 * The second session a MySQL migration lock holder keeps open: it holds the user lock
 * {@code syncdb-alive:<holder connection id>} and runs {@code SELECT SLEEP(2), 'syncdb-owner <tag>'}
 * in a loop on a daemon thread, so other sessions can read the holder's host, pid and start from the
 * process list. When the holder's process dies the server ends this session within one sleep, and
 * with it the {@code syncdb-alive} lock, while the holder's own session may still run a statement.
 */
final class MysqlLockSentinel implements AutoCloseable {
    static final String ALIVE_PREFIX = "syncdb-alive:";
    static final String OWNER_PREFIX = "syncdb-owner ";

    private final Connection c;
    private final Thread thread;
    private volatile boolean closed;

    private MysqlLockSentinel(Connection c, String owner) {
        this.c = c;
        this.thread = new Thread(() -> loop(owner), "syncdb-lock-sentinel");
        this.thread.setDaemon(true);
    }

    /** Opens the session, takes its lock for holder connection {@code holderId} and starts the loop. */
    static MysqlLockSentinel start(Callable<Connection> opener, long holderId, LockOwner owner) throws SQLException {
        Connection c;
        try {
            c = opener.call();
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException("cannot open the lock's sentinel session: " + e.getMessage(), e);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            ps.setString(1, ALIVE_PREFIX + holderId);
            ps.executeQuery().close();
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        MysqlLockSentinel s = new MysqlLockSentinel(c, OWNER_PREFIX + owner.tag(40));
        s.thread.start();
        return s;
    }

    private void loop(String owner) {
        String sql = "SELECT SLEEP(2), '" + owner.replace("\\", "").replace("'", "") + "'";
        try (java.sql.Statement st = c.createStatement()) {
            while (!closed) {
                st.executeQuery(sql).close();
            }
        } catch (SQLException e) {
            // closed, or the server went away: either way the sentinel has ended
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            c.abort(Runnable::run);
        } catch (SQLException ignored) {
            // the server ends the session in any case
        }
    }
}
