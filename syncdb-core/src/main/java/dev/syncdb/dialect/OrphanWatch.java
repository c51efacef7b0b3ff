package dev.syncdb.dialect;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A waiting run's judgement of whether a migration lock's holder is an orphan: a server session whose
 * syncdb process is gone. A holder keeps a second, idle "sentinel" session open while it holds the
 * lock; the server ends that session as soon as the holder's process dies, because an idle session
 * notices its closed socket at once, while the lock's own session may go on running a statement for
 * hours. The holder counts as gone when its sentinel is missing on three polls in a row, or at once
 * when the OS of this host says its process ended; never while the OS says it runs.
 */
public final class OrphanWatch {
    private static final int MISSES = 3;

    private final Set<Long> ended = new HashSet<>();
    private long session = -1;
    private int misses;

    /**
     * Whether the lock's {@code holderSession} should be ended: {@code owner} is who published the
     * lock (null = unknown), {@code sentinelAlive} whether its sentinel session is still there.
     */
    public boolean orphaned(long holderSession, LockOwner owner, boolean sentinelAlive) {
        if (holderSession != session) {
            session = holderSession;
            misses = 0;
        }
        if (ended.contains(holderSession) || sentinelAlive) {
            misses = 0;
            return false;
        }
        Optional<Boolean> gone = owner == null ? Optional.empty() : owner.goneLocally();
        if (gone.isPresent() && !gone.get()) {
            misses = 0;
            return false;
        }
        misses++;
        return gone.orElse(false) || misses >= MISSES;
    }

    /** Notes that the session was ended and returns the message that says so. */
    public String ended(long holderSession, LockOwner owner, String sessionKind) {
        ended.add(holderSession);
        return "the syncdb run holding the migration lock (" + (owner == null ? "its host and pid died with it" : owner.describe())
                + ") is gone; ended its orphaned " + sessionKind + " " + holderSession + ", which still held the lock";
    }
}
