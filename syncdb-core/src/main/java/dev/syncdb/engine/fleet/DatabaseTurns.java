package dev.syncdb.engine.fleet;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Turns on a database within one fleet run: the syncdb lock is per database, so targets that share
 * one (tenant schemas of one server) change it one at a time. Workers queue here, in arrival order,
 * and the next one starts the moment the last one is done instead of polling the database lock.
 * Targets on different databases do not wait for each other.
 */
public final class DatabaseTurns {
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    /** Runs {@code work} when no other target of {@code target}'s database is running in this fleet. */
    public <T> T run(FleetTarget target, Supplier<T> work) {
        ReentrantLock lock = locks.computeIfAbsent(target.url().masked(), k -> new ReentrantLock(true));
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
