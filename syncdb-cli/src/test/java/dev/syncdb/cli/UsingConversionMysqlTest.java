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
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code --using} conversion into an integer column on MariaDB: the live-data check evaluates the
 * expression with a CAST MySQL accepts (SIGNED, not the column's type text), the apply converts every
 * row, and {@code status} afterwards does not show a migrations section for the apply's journal rows.
 */
@NeedsMysql
class UsingConversionMysqlTest {
    private final MysqlServer server = MysqlServer.local();
    private String db;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() throws Exception {
        db = server.freshDatabase();
        server.run(db, "CREATE TABLE items (id integer NOT NULL PRIMARY KEY, code varchar(20));"
                + "INSERT INTO items VALUES (1, 'A-12'), (2, '7'), (3, NULL)");
        Files.writeString(dir.resolve("desired.sql"), "CREATE TABLE items (id integer NOT NULL PRIMARY KEY, code bigint);\n");
    }

    @AfterEach
    void drop() {
        server.dropDatabase(db);
    }

    @Test
    void aConversionIntoAnIntegerIsCheckedAndApplied() throws Exception {
        Map<String, String> env = Map.of("DATABASE_URL", server.url(db));
        Result r = CliRunner.run(dir, env, "apply", "--auto", "--no-backup", "--schema", "desired.sql",
                "--using", "items.code=CAST(REPLACE(code, 'A-', '') AS SIGNED)");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out() + r.err()).doesNotContain("bigint(20))").doesNotContain("syntax");
        try (Connection c = server.connect(db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT GROUP_CONCAT(COALESCE(code, 'null') ORDER BY id) FROM items")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("12,7,null");
        }
        Result status = CliRunner.run(dir, env, "status");
        assertThat(status.code()).as(status.out() + status.err()).isZero();
        assertThat(status.out()).contains("Migrations: none");
        Result again = CliRunner.run(dir, env, "check", "--schema", "desired.sql");
        assertThat(again.code()).as(again.out() + again.err()).isZero();
    }
}
