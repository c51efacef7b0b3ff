package dev.syncdb.dialect;

import java.sql.SQLException;

/**
 * The lock that lets only one syncdb change a database's migrations at a time (PostgreSQL: a
 * session advisory lock; SQLite: an OS file lock next to the database file). Its holder dying
 * releases it. Waiting and giving up are the engine's job; a lock only tries. A holder whose process
 * was killed can leave its server session behind, still running its statement and holding the lock;
 * {@link #takeOverIfOrphaned()} ends such a session, never a live holder's.
 */
public interface MigrationLock extends AutoCloseable {

    /** Takes the lock if it is free; false when someone else holds it. */
    boolean tryAcquire() throws SQLException;

    /** Who holds the lock, for a waiting run to show (e.g. "pid 4711, application syncdb, client 10.0.0.5"). */
    String holder() throws SQLException;

    /**
     * Ends the session that holds the lock when the syncdb process behind it is gone (killed), so the
     * lock frees; returns what was done, for the waiting run to say. Empty when the holder lives, may
     * live, or this lock cannot tell: a live holder is never broken.
     */
    default java.util.Optional<String> takeOverIfOrphaned() throws SQLException {
        return java.util.Optional.empty();
    }

    /** Releases the lock if this instance holds it. */
    @Override
    void close();
}
