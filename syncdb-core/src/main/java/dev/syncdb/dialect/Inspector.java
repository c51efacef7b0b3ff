package dev.syncdb.dialect;

import dev.syncdb.model.Schema;

import java.sql.Connection;
import java.sql.SQLException;

/** Reads a live database's catalog into the neutral model, with one bulk query per object kind. */
public interface Inspector {

    /** Everything in namespace {@code schemaName} that the model can represent, plus what it cannot. */
    Schema inspect(Connection connection, String schemaName) throws SQLException;
}
