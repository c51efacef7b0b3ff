package dev.syncdb.dialect;

import dev.syncdb.model.SchemaObject;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The part of a dialect that reaches a database and names things in it: which URLs it serves, how
 * to connect, the default namespace, the server's version, and how an identifier is quoted.
 */
public interface DatabaseAccess {

    /** The dialect's name as users see it ("postgresql", "sqlite"). */
    String name();

    /** Whether this dialect serves URLs with this scheme. */
    boolean accepts(DatabaseUrl url);

    /** Opens a connection (autocommit on). Fails within a bounded time when the server does not answer. */
    Connection connect(DatabaseUrl url) throws SQLException;

    /** Whether the database behind the URL exists already (a file database may not). */
    default boolean exists(DatabaseUrl url) {
        return true;
    }

    /**
     * Removes a database this run created by connecting (a file database) when nothing was written in
     * it, so a failed or read-only run leaves no empty file behind; by default nothing to remove.
     */
    default void removeIfEmpty(DatabaseUrl url) {
    }

    /**
     * The URL as output shows it: masked, and naming the database actually used when the URL leaves
     * it to a default. By default the masked URL.
     */
    default String displayUrl(DatabaseUrl url) {
        return url.masked();
    }

    /** The namespace managed when the user names none ("public", the URL's database, "main"). */
    String defaultSchemaName(DatabaseUrl url);

    /**
     * Whether one run may manage several namespaces together ({@link Namespaces}): its inspector,
     * scratch place and renderer then take a joined name. False by default.
     */
    default boolean managesSeveralNamespaces() {
        return false;
    }

    /**
     * The object that creates the run's own namespace (the first of {@code namespaces}) when the
     * database lacks it, so a plan can start by creating it; empty when it exists or the dialect has
     * no namespaces to create (the default).
     */
    default Optional<SchemaObject> absentOwnNamespace(Connection connection, String namespaces)
            throws SQLException {
        return Optional.empty();
    }

    /** The server's product and version for display, e.g. "PostgreSQL 17.6". */
    String serverVersion(Connection connection) throws SQLException;

    /** An identifier quoted for this database's SQL (by default the standard double quotes). */
    default String quoteIdentifier(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
