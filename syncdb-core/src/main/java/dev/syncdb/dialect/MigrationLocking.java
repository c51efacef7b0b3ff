package dev.syncdb.dialect;

import java.sql.Connection;

/** The part of a dialect that keeps two syncdb runs from changing one database's migrations at once. */
public interface MigrationLocking {

    /** The dialect's name, for messages. */
    String name();

    /**
     * The migration lock of the database behind {@code url}, taken through {@code connection} where
     * the lock lives in the database session (the lock is released when the connection closes).
     */
    default MigrationLock migrationLock(DatabaseUrl url, Connection connection) {
        throw new UnsupportedOperationException(name() + " has no migration lock");
    }

    /**
     * The migration lock of the managed {@code namespaces} (a name or several {@link Namespaces#join
     * joined}) of the database behind {@code url}: runs on different namespaces of one database do not
     * exclude each other where {@link #locksPerNamespace()}, and every such lock excludes the whole
     * database lock of {@link #migrationLock(DatabaseUrl, Connection)}. Elsewhere the same as that
     * lock; null {@code namespaces} = the whole database.
     */
    default MigrationLock migrationLock(DatabaseUrl url, String namespaces, Connection connection) {
        return migrationLock(url, connection);
    }

    /** Whether runs on different namespaces of one database take different locks (see above). */
    default boolean locksPerNamespace() {
        return false;
    }
}
