package dev.syncdb.engine.fleet;

import dev.syncdb.dialect.DialectContext;
import dev.syncdb.dialect.Dialects;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Turns on a syncdb lock within one fleet run: targets that would take the same lock change their
 * database one at a time. Where the dialect {@link dev.syncdb.dialect.MigrationLocking#locksPerNamespace()
 * locks per schema} (tenant schemas of one PostgreSQL database) that is only targets of one schema of
 * one database, so tenants run side by side; elsewhere every target of one database. Workers queue
 * here, in arrival order, and the next one starts the moment the last one is done instead of polling
 * the database lock. Targets under different locks do not wait for each other.
 */
public final class DatabaseTurns {
    private final DialectContext context;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Map<String, Boolean> perSchema = new ConcurrentHashMap<>();

    /** {@code context}: the run's dialect context (which dialect a target's URL stands for). */
    public DatabaseTurns(DialectContext context) {
        this.context = context;
    }

    /**
     * Runs {@code work} when no other target of this fleet holding the same lock as {@code target}
     * (on {@code schema}, its managed schema; null = the dialect's default) is running.
     */
    public <T> T run(FleetTarget target, String schema, Supplier<T> work) {
        ReentrantLock lock = locks.computeIfAbsent(key(target, schema), k -> new ReentrantLock(true));
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** The lock's name: the database, and the schema where the lock is per schema. */
    String key(FleetTarget target, String schema) {
        String database = target.url().masked();
        boolean bySchema = perSchema.computeIfAbsent(target.url().scheme(),
                s -> Dialects.forUrl(target.url(), context).locksPerNamespace());
        return bySchema ? database + "\u0000" + (schema == null ? "" : schema) : database;
    }
}
