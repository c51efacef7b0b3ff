package dev.syncdb.dialect;

import dev.syncdb.plan.PreflightQueries;
import dev.syncdb.plan.StandardPreflightQueries;

import java.sql.Connection;
import java.sql.SQLException;

/** The part of a dialect that checks live data before risky steps. */
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
}
