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
}
