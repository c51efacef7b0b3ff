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

    @org.junit.jupiter.api.Test
    void codeObjectsGoThroughMigrationFiles() throws Exception {
        codeObjectsGoThroughMigrationFilesBothWays(codeObjectsSchema(), this::codeObjects);
    }

    /** A schema with triggers, routines and events whose bodies hold semicolons. */
    String codeObjectsSchema() {
        return """
                CREATE TABLE t (id INT PRIMARY KEY, n INT);
                CREATE TABLE log (msg VARCHAR(50));
                CREATE TRIGGER t_check BEFORE INSERT ON t FOR EACH ROW
                BEGIN
                  IF NEW.n < 0 THEN
                    SET NEW.n = 0;
                  END IF;
                  INSERT INTO log VALUES ('a;b');
                END;
                CREATE PROCEDURE fill(IN k INT)
                BEGIN
                  DECLARE i INT DEFAULT 0;
                  WHILE i < k DO
                    INSERT INTO log VALUES (CONCAT('row ', i));
                    SET i = i + 1;
                  END WHILE;
                END;
                CREATE FUNCTION twice(x INT) RETURNS INT DETERMINISTIC RETURN x * 2;
                CREATE EVENT trim_log ON SCHEDULE EVERY 1 DAY DISABLE DO BEGIN DELETE FROM log; END;
                """;
    }

    List<String> codeObjects() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()"
                        + " UNION ALL SELECT ROUTINE_NAME FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()"
                        + " UNION ALL SELECT EVENT_NAME FROM information_schema.EVENTS WHERE EVENT_SCHEMA = DATABASE()")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
