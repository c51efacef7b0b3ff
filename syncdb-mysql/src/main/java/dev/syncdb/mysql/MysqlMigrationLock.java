package dev.syncdb.mysql;

import dev.syncdb.dialect.LockOwner;
import dev.syncdb.dialect.MigrationLock;
import dev.syncdb.dialect.OrphanWatch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The MySQL migration lock: a named user lock ({@code GET_LOCK}) per managed database, taken by the
 * session; the server releases it when the session ends. The holder also takes a marker lock
 * ({@code syncdb-v2:<database>}: "I keep a sentinel") and keeps a {@link MysqlLockSentinel}. When
 * the holder's process is killed mid-statement its session goes on with the lock, but the sentinel
 * ends; a waiting run then ends the orphaned session with {@code KILL CONNECTION} (see
 * {@link OrphanWatch}). The holder is read from {@code IS_USED_LOCK} and the process list.
 */
final class MysqlMigrationLock implements MigrationLock {
    private static final String HOLDER = "SELECT ID, USER, HOST, TIME FROM information_schema.PROCESSLIST WHERE ID = ?";
    private static final String OWNER = "SELECT INFO FROM information_schema.PROCESSLIST WHERE ID = ?";

    private final Connection c;
    private final Callable<Connection> opener;
    private final String name;
    private final String marker;
    private final OrphanWatch watch = new OrphanWatch();
    private MysqlLockSentinel sentinel;
    /** The sentinel could not be opened: the lock is taken without the marker, so it is never taken over. */
    private boolean sentinelFailed;
    private LockOwner lastOwner;
    private long lastOwnerOf = -1;
    private boolean held;

    /** {@code opener} opens the sentinel session (a second connection to the same server). */
    MysqlMigrationLock(Connection c, String database, Callable<Connection> opener) {
        this.c = c;
        this.opener = opener;
        this.name = clip("syncdb:" + database);
        this.marker = clip("syncdb-v2:" + database);
    }

    private static String clip(String n) {
        return n.length() > 64 ? n.substring(0, 64) : n;
    }

    /** The lock's name: {@code syncdb:<database>} (at most 64 characters, the server's limit). */
    String name() {
        return name;
    }

    @Override
    public boolean tryAcquire() throws SQLException {
        if (sentinel == null && !sentinelFailed) {
            try {
                sentinel = MysqlLockSentinel.start(opener, connectionId(), LockOwner.current());
            } catch (SQLException e) {
                sentinelFailed = true;
            }
        }
        held = getLock(name);
        if (held && sentinel != null) {
            getLock(marker);
        }
        return held;
    }

    private boolean getLock(String lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            ps.setString(1, lock);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }

    private long connectionId() throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT CONNECTION_ID()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The session holding {@code lock}, or -1. */
    private long usedBy(String lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT IS_USED_LOCK(?)")) {
            ps.setString(1, lock);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                return rs.wasNull() ? -1 : id;
            }
        }
    }

    /** The owner the holder's sentinel publishes (remembered once seen), or null. */
    private LockOwner owner(long holderId) throws SQLException {
        long s = usedBy(MysqlLockSentinel.ALIVE_PREFIX + holderId);
        if (s >= 0) {
            try (PreparedStatement ps = c.prepareStatement(OWNER)) {
                ps.setLong(1, s);
                try (ResultSet rs = ps.executeQuery()) {
                    String info = rs.next() ? rs.getString(1) : null;
                    int at = info == null ? -1 : info.indexOf(MysqlLockSentinel.OWNER_PREFIX);
                    if (at >= 0) {
                        String tag = info.substring(at + MysqlLockSentinel.OWNER_PREFIX.length()).replace("'", "").strip();
                        LockOwner.parse(tag).ifPresent(o -> {
                            lastOwner = o;
                            lastOwnerOf = holderId;
                        });
                    }
                }
            }
        }
        return lastOwnerOf == holderId ? lastOwner : null;
    }

    @Override
    public String holder() throws SQLException {
        long id = usedBy(name);
        if (id < 0) {
            return "a session that just released it";
        }
        LockOwner owner = owner(id);
        String session;
        try (PreparedStatement ps = c.prepareStatement(HOLDER)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                session = !rs.next() ? "connection " + id : "connection " + id + ", user " + rs.getString(2)
                        + ", client " + rs.getString(3) + ", connected for " + rs.getLong(4) + " s";
            }
        }
        return owner == null ? session : owner.describe() + " (" + session + ")";
    }

    @Override
    public Optional<String> takeOverIfOrphaned() throws SQLException {
        long id = usedBy(name);
        if (id < 0 || usedBy(marker) != id) {
            return Optional.empty();
        }
        LockOwner owner = owner(id);
        boolean alive = usedBy(MysqlLockSentinel.ALIVE_PREFIX + id) >= 0;
        if (!watch.orphaned(id, owner, alive)) {
            return Optional.empty();
        }
        try (Statement st = c.createStatement()) {
            st.execute("KILL CONNECTION " + id);
        }
        return Optional.of(watch.ended(id, owner, "connection"));
    }

    @Override
    public void close() {
        if (held) {
            try (PreparedStatement ps = c.prepareStatement("SELECT RELEASE_LOCK(?), RELEASE_LOCK(?)")) {
                ps.setString(1, name);
                ps.setString(2, marker);
                ps.executeQuery().close();
            } catch (SQLException ignored) {
                // the session is gone, and with it the lock
            }
            held = false;
        }
        if (sentinel != null) {
            sentinel.close();
            sentinel = null;
        }
    }
}
