package dev.syncdb.cli;

import dev.syncdb.testkit.MysqlServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The migration workflow (history table, GET_LOCK) on the local MariaDB. */
@dev.syncdb.testkit.NeedsMysql
class MigrationWorkflowMysqlTest extends MigrationWorkflowTestBase {
    final MysqlServer server = MysqlServer.local();
    String db;

    @BeforeEach
    void freshDatabase() {
        db = server.freshDatabase();
    }

    @AfterEach
    void dropDatabase() {
        server.dropDatabase(db);
    }

    @Override
    String url() {
        return server.url(db);
    }

    @Override
    Connection connect() throws SQLException {
        return server.connect(db);
    }

    @Override
    List<String> userTables() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                        + " AND table_name <> 'syncdb_history'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
