package dev.syncdb.dialect;

import dev.syncdb.diff.SchemaChange;
import dev.syncdb.plan.PreflightQueries;
import dev.syncdb.plan.StandardPreflightQueries;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The part of a dialect that checks the target before a plan runs: the live data before risky steps,
 * and what the server must offer for the plan to run at all (an extension it must be able to install,
 * the roles a privilege names).
 */
public interface DataPreflight {

    /**
     * The read-only live-data checks run before risky steps, for the server behind {@code connection}
     * (a check may depend on its version). By default portable SQL with double-quoted identifiers.
     */
    default PreflightQueries preflightQueries(Connection connection) throws SQLException {
        return new StandardPreflightQueries() {
            @Override
            protected String quote(String identifier) {
                return "\"" + identifier.replace("\"", "\"\"") + "\"";
            }
        };
    }

    /**
     * The checks for a run over {@code namespaces} (one name, or several joined: {@link Namespaces}); the
     * same as {@link #preflightQueries(Connection)} by default.
     */
    default PreflightQueries preflightQueries(Connection connection, String namespaces) throws SQLException {
        return preflightQueries(connection);
    }

    /**
     * What the server behind {@code connection} lacks for {@code changes} to run, one line each (what is
     * missing and what to do); empty when nothing is missing. Read-only. None by default.
     */
    default List<String> unmetRequirements(Connection connection, List<SchemaChange> changes) throws SQLException {
        return List.of();
    }

    /**
     * The privileges the connected role lacks to run {@code changes} in namespace {@code schemaName}
     * (every managed namespace, {@link Namespaces joined}, for a dialect that manages several),
     * one line each naming the privilege, the object and the role (e.g. {@code "permission denied:
     * CREATE on schema public for role app_ro"}); empty when it has them all. Read-only: a role that
     * may only read the catalog can be asked. Checked before an apply changes anything. None by default.
     */
    default List<String> missingPrivileges(Connection connection, String schemaName, List<SchemaChange> changes)
            throws SQLException {
        return List.of();
    }
}
