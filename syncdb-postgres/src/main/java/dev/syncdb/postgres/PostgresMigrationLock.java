package dev.syncdb.postgres;

import dev.syncdb.dialect.LockOwner;
import dev.syncdb.dialect.MigrationLock;
import dev.syncdb.dialect.OrphanWatch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The PostgreSQL migration lock: session-level advisory locks in the target database, which the
 * server releases when the session ends. A run on some schemas takes the fixed database key shared
 * and one exclusive key per schema (a fixed class and the schema name's hash), so runs on different
 * schemas of one database (tenants) go side by side while two runs on one schema exclude each other;
 * a lock of the whole database (no schemas given, and every earlier syncdb) takes the database key
 * exclusively and so excludes them all. Keys are only ever tried, never waited for, so taking several
 * cannot deadlock; a hash shared by two schemas only makes their runs take turns. The holder names itself in its session's
 * {@code application_name} ({@code syncdb <pid>@<host>@<since>}) and keeps an idle sentinel session
 * ({@code syncdb-alive <backend pid>}) open; when the holder's process is killed mid-statement, its
 * backend goes on running the statement with the lock, but the sentinel ends at once, and a waiting
 * run ends the orphaned backend with {@code pg_terminate_backend} (see {@link OrphanWatch}). On
 * PostgreSQL 14 and later the holder also sets {@code client_connection_check_interval}, so the
 * server itself stops an orphaned statement within a second.
 */
final class PostgresMigrationLock implements MigrationLock {
    /** "syncdb-m" in ASCII: the same key for every syncdb, so all runs exclude each other. */
    static final long KEY = 0x73796e6364622d6dL;
    /** "sync" in ASCII: the first half of every schema key (the second is the schema name's hash). */
    static final int SCHEMA_CLASS = 0x73796e63;
    static final String OWNER_PREFIX = "syncdb ";
    static final String SENTINEL_PREFIX = "syncdb-alive ";
    private static final String HOLDER = """
            SELECT a.pid, a.application_name, a.client_addr::text, a.usename, a.backend_start,
                   EXISTS (SELECT 1 FROM pg_stat_activity s WHERE s.application_name = 'syncdb-alive ' || a.pid)
            FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted
              AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND l.objsubid = ? AND l.classid::bigint = ? AND l.objid::bigint = ?
              AND (? OR l.mode = 'ExclusiveLock') AND a.pid <> pg_backend_pid()
            ORDER BY a.backend_start LIMIT 1
            """;

    private final Connection c;
    private final Callable<Connection> opener;
    /** The schemas' keys, sorted; empty = the whole database. */
    private final int[] schemaKeys;
    /** The schema key last found taken, or null when the database key was (what {@link #holder()} names). */
    private Integer blockedOn;
    private final OrphanWatch watch = new OrphanWatch();
    private Connection sentinel;
    private boolean sentinelFailed;
    private String appNameBefore;
    private boolean held;

    /** {@code opener} opens the sentinel session (a second connection to the same database). */
    /** {@code schemas} empty = the lock of the whole database. */
    PostgresMigrationLock(Connection c, Callable<Connection> opener, List<String> schemas) {
        this.c = c;
        this.opener = opener;
        this.schemaKeys = schemas.stream().mapToInt(PostgresMigrationLock::schemaKey).distinct().sorted().toArray();
    }

    /** The second half of a schema's key: its name's hash, never negative (stable across runs and versions). */
    static int schemaKey(String schema) {
        return schema.hashCode() & 0x7fffffff;
    }

    @Override
    public boolean tryAcquire() throws SQLException {
        openSentinel();
        held = takeKeys();
        if (held && sentinel != null) {
            appNameBefore = setting("application_name");
            set("application_name", OWNER_PREFIX + LockOwner.current().tag(63 - OWNER_PREFIX.length()));
        }
        if (held) {
            watchClient();
        }
        return held;
    }

    /** Takes the database key (shared when schemas are given) and each schema key; all or none. */
    private boolean takeKeys() throws SQLException {
        blockedOn = null;
        boolean whole = schemaKeys.length == 0;
        if (!query(whole ? "SELECT pg_try_advisory_lock(?)" : "SELECT pg_try_advisory_lock_shared(?)", KEY, null)) {
            return false;
        }
        for (int i = 0; i < schemaKeys.length; i++) {
            if (!query("SELECT pg_try_advisory_lock(?, ?)", SCHEMA_CLASS, schemaKeys[i])) {
                blockedOn = schemaKeys[i];
                releaseKeys(i);
                return false;
            }
        }
        return true;
    }

    /** Releases the database key and the first {@code schemas} schema keys. */
    private void releaseKeys(int schemas) throws SQLException {
        for (int i = 0; i < schemas; i++) {
            query("SELECT pg_advisory_unlock(?, ?)", SCHEMA_CLASS, schemaKeys[i]);
        }
        query(schemaKeys.length == 0 ? "SELECT pg_advisory_unlock(?)" : "SELECT pg_advisory_unlock_shared(?)", KEY, null);
    }

    /** Runs a one-boolean advisory lock function with the key {@code a} (bigint) or {@code a, b} (two integers). */
    private boolean query(String sql, long a, Integer b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (b == null) {
                ps.setLong(1, a);
            } else {
                ps.setInt(1, (int) a);
                ps.setInt(2, b);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /**
     * Opens the sentinel before the lock is taken, so no one sees the lock held without it. When it
     * cannot be opened (e.g. no connection slot left) the lock is taken without naming its owner: a
     * holder that does not name itself is only ever waited for, never taken over.
     */
    private void openSentinel() throws SQLException {
        if (sentinel != null || sentinelFailed) {
            return;
        }
        try {
            sentinel = sentinel();
        } catch (SQLException e) {
            sentinelFailed = true;
        }
    }

    private Connection sentinel() throws SQLException {
        int backend;
        try (java.sql.Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            backend = rs.getInt(1);
        }
        Connection s;
        try {
            s = opener.call();
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException("cannot open the lock's sentinel session: " + e.getMessage(), e);
        }
        try (PreparedStatement ps = s.prepareStatement("SELECT set_config('application_name', ?, false)")) {
            ps.setString(1, SENTINEL_PREFIX + backend);
            ps.executeQuery().close();
            return s;
        } catch (SQLException e) {
            s.close();
            throw e;
        }
    }

    /** PostgreSQL 14+: the server checks the client's socket during long statements (Linux servers). */
    private void watchClient() {
        try {
            if (c.getMetaData().getDatabaseMajorVersion() >= 14) {
                set("client_connection_check_interval", "1s");
            }
        } catch (SQLException ignored) {
            // not supported on this server's platform: the waiting run's check still applies
        }
    }

    private String setting(String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT current_setting(?)")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private void set(String name, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT set_config(?, ?, false)")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.executeQuery().close();
        }
    }

    /** The lock's holder now, or null when no one holds it. */
    private record Holder(int backend, String app, String addr, String user, java.sql.Timestamp start, boolean sentinel) {
        Optional<LockOwner> owner() {
            return app != null && app.startsWith(OWNER_PREFIX) ? LockOwner.parse(app.substring(OWNER_PREFIX.length()))
                    : Optional.empty();
        }
    }

    private Holder readHolder() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(HOLDER)) {
            if (blockedOn == null) {
                ps.setInt(1, 1);
                ps.setLong(2, KEY >>> 32);
                ps.setLong(3, KEY & 0xffffffffL);
            } else {
                ps.setInt(1, 2);
                ps.setLong(2, SCHEMA_CLASS);
                ps.setLong(3, blockedOn);
            }
            // a whole-database lock waits for any holder; a schema's waits only for exclusive ones
            ps.setBoolean(4, blockedOn == null && schemaKeys.length == 0);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Holder(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5),
                        rs.getBoolean(6));
            }
        }
    }

    @Override
    public String holder() throws SQLException {
        Holder h = readHolder();
        if (h == null) {
            return "a session that just released it";
        }
        String session = "server pid " + h.backend() + ", user " + h.user() + ", client "
                + (h.addr() == null ? "local socket" : h.addr()) + ", connected since " + h.start().toInstant();
        return h.owner().map(o -> o.describe() + " (" + session + ")")
                .orElse("application " + (h.app() == null || h.app().isEmpty() ? "(none)" : h.app()) + ", " + session);
    }

    @Override
    public Optional<String> takeOverIfOrphaned() throws SQLException {
        Holder h = readHolder();
        if (h == null || h.owner().isEmpty() || !watch.orphaned(h.backend(), h.owner().get(), h.sentinel())) {
            return Optional.empty();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_terminate_backend(?)")) {
            ps.setInt(1, h.backend());
            ps.executeQuery().close();
        }
        return Optional.of(watch.ended(h.backend(), h.owner().get(), "server session (backend pid)"));
    }

    @Override
    public void close() {
        if (held) {
            try {
                releaseKeys(schemaKeys.length);
                if (appNameBefore != null) {
                    set("application_name", appNameBefore);
                }
            } catch (SQLException ignored) {
                // the session is gone, and with it the lock
            }
            held = false;
        }
        if (sentinel != null) {
            try {
                sentinel.close();
            } catch (SQLException ignored) {
                // the server ends the session in any case
            }
            sentinel = null;
        }
    }
}
