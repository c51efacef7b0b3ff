package dev.syncdb.postgres;

import dev.syncdb.dialect.MigrationLock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The PostgreSQL migration lock: a session-level advisory lock with a fixed key in the target
 * database. The server releases it when the session ends, also when its process is killed. The
 * holder is read from {@code pg_locks} joined with {@code pg_stat_activity}.
 */
final class PostgresMigrationLock implements MigrationLock {
    /** "syncdb-m" in ASCII: the same key for every syncdb, so all runs exclude each other. */
    static final long KEY = 0x73796e6364622d6dL;
    private static final String HOLDER = """
            SELECT a.pid, a.application_name, a.client_addr::text, a.usename, a.backend_start
            FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
              AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND l.classid::bigint = ? AND l.objid::bigint = ?
            """;

    private final Connection c;
    private boolean held;

    PostgresMigrationLock(Connection c) {
        this.c = c;
    }

    @Override
    public boolean tryAcquire() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, KEY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                held = rs.getBoolean(1);
            }
        }
        return held;
    }

    @Override
    public String holder() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(HOLDER)) {
            ps.setLong(1, KEY >>> 32);
            ps.setLong(2, KEY & 0xffffffffL);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return "a session that just released it";
                }
                String app = rs.getString(2);
                String addr = rs.getString(3);
                return "pid " + rs.getInt(1) + ", application " + (app == null || app.isEmpty() ? "(none)" : app)
                        + ", user " + rs.getString(4) + ", client " + (addr == null ? "local socket" : addr)
                        + ", connected since " + rs.getTimestamp(5).toInstant();
            }
        }
    }

    @Override
    public void close() {
        if (!held) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, KEY);
            ps.executeQuery().close();
        } catch (SQLException ignored) {
            // the session is gone, and with it the lock
        }
        held = false;
    }
}
