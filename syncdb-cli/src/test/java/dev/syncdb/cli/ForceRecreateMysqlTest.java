package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.testkit.MysqlServer;
import dev.syncdb.testkit.NeedsMysql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --force-recreate} with seeds on MariaDB, whose drops commit at once: a seed that fails after
 * the drops restores the backup taken first (every row back), and without a backup the recreate is
 * refused before anything is dropped.
 */
@NeedsMysql
class ForceRecreateMysqlTest {
    private final MysqlServer server = MysqlServer.local();
    private String db;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() throws Exception {
        db = server.freshDatabase();
        server.run(db, "CREATE TABLE users (id integer PRIMARY KEY, email varchar(50))");
        server.run(db, "INSERT INTO users VALUES (1, 'a@x'), (2, 'b@x'), (3, 'c@x')");
        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE users (id integer PRIMARY KEY, email varchar(50) NOT NULL,"
                + " name varchar(20));\nCREATE TABLE orders (id integer PRIMARY KEY, user_id integer NOT NULL);\n");
        Files.createDirectories(dir.resolve("seed"));
        Files.writeString(dir.resolve("seed/01.sql"), "INSERT INTO users (id, email) VALUES (1, 'root@x');\n"
                + "INSERT INTO no_such_table VALUES (1);\n");
    }

    @AfterEach
    void drop() {
        server.dropDatabase(db);
    }

    Result cli(String... extra) {
        String[] base = {"--force-recreate", "--schema", "schema.sql", "--seed", "seed", "--confirm", "DELETE ALL DATA"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return CliRunner.run(dir, Map.of("DATABASE_URL", server.url(db)), all);
    }

    String one(String sql) throws SQLException {
        try (Connection c = server.connect(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    void assertAsBefore() throws SQLException {
        assertThat(one("SELECT GROUP_CONCAT(CONCAT(id, '=', email) ORDER BY id) FROM users")).isEqualTo("1=a@x,2=b@x,3=c@x");
        assertThat(one("SELECT GROUP_CONCAT(TABLE_NAME ORDER BY TABLE_NAME) FROM information_schema.TABLES "
                + "WHERE TABLE_SCHEMA = DATABASE()")).isEqualTo("users");
        assertThat(one("SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                + "AND TABLE_NAME = 'users' AND COLUMN_NAME = 'name'")).isEqualTo("0");
    }

    @Test
    void aSeedFailingAfterTheDropsRestoresTheBackup() throws Exception {
        Result r = cli();
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.err()).contains("recreate failed", "no_such_table", "the backup taken before them was restored",
                "3 rows", "the database is as it was");
        assertAsBefore();
    }

    @Test
    void withoutABackupItIsRefusedBeforeDropping() throws Exception {
        Result r = cli("--no-backup");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(3);
        assertThat(r.err()).contains("cannot roll back its drops", "nothing was changed");
        assertAsBefore();
    }
}
