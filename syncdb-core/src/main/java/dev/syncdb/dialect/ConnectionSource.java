package dev.syncdb.dialect;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A supplier of connections to the target database that the caller already holds, such as an
 * application's connection pool: a session then takes its connection from here instead of
 * connecting by URL (the URL still picks the dialect and reaches scratch places on the same server).
 * Closing a connection it gave hands it back.
 */
@FunctionalInterface
public interface ConnectionSource {

    /** A connection to the target database with autocommit on. */
    Connection open() throws SQLException;
}
