package dev.syncdb.migrate;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.MigrationLock;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Takes a {@link MigrationLock}, polling while someone else holds it: tells {@code onWait} who the
 * holder is (again when the holder changes), ends the session of a holder whose process is gone
 * ({@link MigrationLock#takeOverIfOrphaned()}) and gives up after the timeout with exit 3.
 */
public final class LockWaiter {
    private static final long POLL_MS = 200;

    private final Duration timeout;
    private final Consumer<String> onWait;

    public LockWaiter(Duration timeout, Consumer<String> onWait) {
        this.timeout = timeout;
        this.onWait = onWait;
    }

    /** Returns once the lock is held; {@code target} names the database in messages. */
    public void acquire(MigrationLock lock, String target) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastHolder = null;
        try {
            while (!lock.tryAcquire()) {
                java.util.Optional<String> taken = lock.takeOverIfOrphaned();
                if (taken.isPresent()) {
                    onWait.accept(taken.get());
                    Thread.sleep(POLL_MS);
                    continue;
                }
                String holder = lock.holder();
                if (!Objects.equals(holder, lastHolder)) {
                    onWait.accept("waiting for the syncdb lock on " + target + ", held by " + holder
                            + " (gives up after " + timeout.toSeconds() + " s)");
                    lastHolder = holder;
                }
                if (System.nanoTime() > deadline) {
                    throw new SyncdbException(SyncdbException.REFUSED, "another syncdb run holds the syncdb lock on "
                            + target + " (" + holder + "); gave up after " + timeout.toSeconds() + " s. Wait for it to "
                            + "finish, or re-run with a longer --lock-timeout");
                }
                Thread.sleep(POLL_MS);
            }
        } catch (SQLException e) {
            throw SyncdbException.error("cannot take the syncdb lock on " + target + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SyncdbException.error("interrupted while waiting for the syncdb lock on " + target);
        }
    }
}
