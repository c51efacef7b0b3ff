package dev.syncdb.engine.apply;

import dev.syncdb.dialect.MigrationLock;
import dev.syncdb.engine.session.RunLock;
import dev.syncdb.engine.session.Session;
import dev.syncdb.migrate.LockWaiter;

/**
 * The cross-process syncdb lock held by a run that changes the schema (apply, create-tables,
 * recreate), the same lock migrations take: two runs never change one database at once. Taken on
 * the session's own connection, released on close (or when the connection or process dies).
 */
final class HeldLock implements AutoCloseable {
    private final MigrationLock lock;

    private HeldLock(MigrationLock lock) {
        this.lock = lock;
    }

    /** Waits for the lock as {@code settings} say; gives up with exit 3 naming the holder. */
    static HeldLock take(Session s, RunLock settings) {
        MigrationLock lock = s.dialect().migrationLock(s.url(), s.namespaces(), s.connection());
        new LockWaiter(settings.timeout(), settings.onWait()).acquire(lock, s.target());
        return new HeldLock(lock);
    }

    @Override
    public void close() {
        lock.close();
    }
}
