package dev.syncdb.dialect;

import dev.syncdb.model.Schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Reads a live database's catalog into the neutral model, with one bulk query per object kind. */
public interface Inspector {

    /** Everything in namespace {@code schemaName} that the model can represent, plus what it cannot. */
    Schema inspect(Connection connection, String schemaName) throws SQLException;

    /**
     * The schema held by several scratch places together, each holding the part of a script that
     * {@link Materialization#parts} gave it, read as if it were one place: the same model
     * {@link #inspect} would read had the whole script run in one. Only dialects that split
     * scripts need it.
     */
    default Schema inspectParts(List<Connection> parts, String schemaName) throws SQLException {
        if (parts.size() == 1) {
            return inspect(parts.get(0), schemaName);
        }
        throw new UnsupportedOperationException("this dialect does not read a schema from several places");
    }
}
