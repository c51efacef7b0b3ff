package dev.syncdb.dialect;

import java.sql.Connection;

/**
 * A throw-away place on a database server where the desired schema is materialized so the same
 * inspector can read it: a temporary database, a temporary schema, or an in-memory database.
 * {@link #close()} removes it, also after errors; implementations guard against Ctrl-C too.
 */
public interface Scratch extends AutoCloseable {

    /** A connection into the scratch place, in autocommit mode. */
    Connection connection();

    /** The namespace to inspect inside the scratch place after the schema has run. */
    String schemaName();

    /** A short description for messages, e.g. "scratch database syncdb_scratch_1a2b". */
    String describe();

    @Override
    void close();
}
