package dev.syncdb.testkit.scenario;

import java.sql.SQLException;
import java.util.SortedSet;

/**
 * A look at a scenario database that does not go through syncdb: one line of text per catalog fact
 * (a column, a constraint, ...), so two databases built the same way read the same lines.
 */
@FunctionalInterface
public interface CatalogReader {

    /** The catalog lines of the database with this handle. */
    SortedSet<String> read(String handle) throws SQLException;
}
