package dev.syncdb.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The migration workflow on a SQLite file database. */
class MigrationWorkflowSqliteTest extends MigrationWorkflowTestBase {

    @Override
    String url() {
        return "sqlite://" + dir.resolve("app.db").toAbsolutePath();
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db").toAbsolutePath());
    }

    @Override
    String trueLiteral() {
        return "1";
    }

    @Override
    List<String> userTables() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'syncdb_history'")) {
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

    /** A schema with triggers whose bodies hold semicolons. */
    String codeObjectsSchema() {
        return """
                CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
                CREATE TABLE log (msg TEXT);
                CREATE TRIGGER t_log AFTER INSERT ON t BEGIN
                  INSERT INTO log VALUES ('a;b');
                  UPDATE t SET n = CASE WHEN NEW.n > 0 THEN NEW.n ELSE 0 END WHERE id = NEW.id;
                END;
                """;
    }

    List<String> codeObjects() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
