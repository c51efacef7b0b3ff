package dev.syncdb.testkit.scenario;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqliteScenarioDatabasesTest {

    @Test
    void triggerLinesIgnoreLayoutCommentsAndLetterCase() {
        assertThat(SqliteScenarioDatabases.squeezed("CREATE TRIGGER t -- why\n  AFTER INSERT ON a BEGIN SELECT '--x'; END"))
                .isEqualTo("createtriggertafterinsertonabeginselect'--x';end");
    }

    @Test
    void loadsEveryStatementOfAScriptIncludingTriggers() throws Exception {
        try (SqliteScenarioDatabases dbs = new SqliteScenarioDatabases()) {
            String db = dbs.create();
            dbs.load(db, """
                    CREATE TABLE a (id integer PRIMARY KEY, n text);
                    CREATE TRIGGER tr AFTER INSERT ON a BEGIN UPDATE a SET n = 'x'; END;
                    CREATE TABLE b (id integer);
                    """);
            assertThat(dbs.url(db)).startsWith("sqlite:");
            assertThat(dbs.columns(db)).containsExactly("a.id INTEGER", "a.n TEXT", "b.id INTEGER",
                    "trigger a.tr createtriggertrafterinsertonabeginupdateasetn='x';end");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                 ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM sqlite_master")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(3);
            }
            assertThatThrownBy(() -> dbs.load(dbs.create(), "CREATE TABLE (oops"))
                    .isInstanceOf(ScenarioDatabases.RejectedSqlException.class);
            dbs.drop(db);
        }
    }
}
