package dev.syncdb.sqlite;

import dev.syncdb.dialect.Scratch;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The scratch place for SQLite: a private in-memory database, which lives exactly as long as its
 * one connection, so it is kept open until {@link #close()}.
 */
public final class SqliteScratch implements Scratch {
    private final Connection connection;

    SqliteScratch() throws SQLException {
        this.connection = SqliteConnector.connect(SqliteConnector.MEMORY);
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public String schemaName() {
        return "main";
    }

    @Override
    public String describe() {
        return "in-memory SQLite database";
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // an in-memory database disappears with its connection either way
        }
    }
}
