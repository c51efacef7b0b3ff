package dev.syncdb.postgres;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A fresh database on the embedded PostgreSQL server, for one test: run SQL in it, then inspect it. */
final class PgFixture {
    final PgServer server = PgServers.embedded();
    final String db = server.freshDatabase();
    final DatabaseUrl url = DatabaseUrl.parse(server.url(db));

    PgFixture sql(String sql) {
        server.run(db, sql);
        return this;
    }

    Connection connect() throws SQLException {
        return new PostgresDialect().connect(url);
    }

    Schema inspect(String schema) throws SQLException {
        try (Connection c = connect()) {
            return new PostgresInspector().inspect(c, schema);
        }
    }

    Schema inspect() throws SQLException {
        return inspect("public");
    }

    static Table table(Schema s, String name) {
        return s.table(name).orElseThrow(() -> new AssertionError("no table " + name + " in " + s.tables()));
    }

    /** The first column of the first row of a query on the fixture's server (database {@code database}). */
    String scalar(String database, String sql) throws SQLException {
        try (Connection c = server.connect(database); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    void drop() {
        server.dropDatabase(db);
    }
}
