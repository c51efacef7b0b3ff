package dev.syncdb.mysql;

import dev.syncdb.dialect.MigrationLock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The MySQL migration lock: a named user lock ({@code GET_LOCK}) per managed database, taken by the
 * session; the server releases it when the session ends, also when its client is killed. The
 * holder is read from {@code IS_USED_LOCK} and the process list.
 */
final class MysqlMigrationLock implements MigrationLock {
    private static final String HOLDER = "SELECT ID, USER, HOST, TIME FROM information_schema.PROCESSLIST WHERE ID = ?";

    private final Connection c;
    private final String name;
    private boolean held;

    MysqlMigrationLock(Connection c, String database) {
        this.c = c;
        String n = "syncdb:" + database;
        this.name = n.length() > 64 ? n.substring(0, 64) : n;
    }

    /** The lock's name: {@code syncdb:<database>} (at most 64 characters, the server's limit). */
    String name() {
        return name;
    }

    @Override
    public boolean tryAcquire() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                held = rs.getInt(1) == 1;
            }
        }
        return held;
    }

    @Override
    public String holder() throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("SELECT IS_USED_LOCK(?)")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
                if (rs.wasNull()) {
                    return "a session that just released it";
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(HOLDER)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return "connection " + id;
                }
                return "connection " + id + ", user " + rs.getString(2) + ", client " + rs.getString(3)
                        + ", connected for " + rs.getLong(4) + " s";
            }
        }
    }

    @Override
    public void close() {
        if (!held) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            ps.setString(1, name);
            ps.executeQuery().close();
        } catch (SQLException ignored) {
            // the session is gone, and with it the lock
        }
        held = false;
    }
}
