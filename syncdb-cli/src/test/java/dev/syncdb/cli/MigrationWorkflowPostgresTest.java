package dev.syncdb.cli;

import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The migration workflow on the embedded PostgreSQL. */
class MigrationWorkflowPostgresTest extends MigrationWorkflowTestBase {
    PgServer pg;
    String db;

    @BeforeEach
    void freshDatabase() {
        pg = PgServers.embedded();
        db = pg.freshDatabase();
    }

    @AfterEach
    void dropDatabase() {
        pg.dropDatabase(db);
    }

    @Override
    String url() {
        return pg.url(db);
    }

    @Override
    Connection connect() throws SQLException {
        return pg.connect(db);
    }

    @Override
    List<String> userTables() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'syncdb_history'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
