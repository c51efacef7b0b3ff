package dev.syncdb.dialect;

import dev.syncdb.model.Unsupported;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

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

    /**
     * The objects the desired script created outside {@link #schemaName()}, which the comparison leaves
     * out, as notices (one per object, its name qualified by its namespace); empty where the place
     * cannot tell them from objects it did not create (a scratch schema inside the target database
     * sees the target's own schemas) or has no other namespaces.
     */
    default List<Unsupported> outsideNamespace() throws SQLException {
        return List.of();
    }

    /** A short description for messages, e.g. "scratch database syncdb_scratch_1a2b". */
    String describe();

    @Override
    void close();
}
