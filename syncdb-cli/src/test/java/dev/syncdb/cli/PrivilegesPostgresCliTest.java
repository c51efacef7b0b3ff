package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --privileges} (and {@code privileges: true} in syncdb.yaml) end to end on a real PostgreSQL:
 * without it grants are left alone; with it they are checked, planned with hazard SC402 and applied.
 */
class PrivilegesPostgresCliTest {
    private static final String TABLE = "CREATE TABLE accounts (id integer PRIMARY KEY, name text);\n";

    @TempDir
    Path dir;
    PgServer pg;
    String db;

    @BeforeEach
    void database() throws Exception {
        pg = PgServers.embedded();
        db = pg.freshDatabase();
        pg.run("postgres", "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'reader')"
                + " THEN CREATE ROLE reader; END IF; END $$");
        pg.run(db, TABLE + "GRANT SELECT, UPDATE ON accounts TO reader;");
        Files.writeString(dir.resolve("schema.sql"), TABLE + "GRANT SELECT ON accounts TO reader;");
    }

    @AfterEach
    void drop() {
        pg.dropDatabase(db);
    }

    private Result cli(String... args) {
        return CliRunner.run(dir, Map.of("DATABASE_URL", pg.url(db)), args);
    }

    @Test
    void privilegesAreLeftAloneWithoutTheOption() {
        Result check = cli("check", "--schema", "schema.sql");
        assertThat(check.code()).as(check.out() + check.err()).isZero();
    }

    @Test
    void theOptionChecksPlansAndAppliesPrivileges() throws SQLException {
        Result check = cli("check", "--schema", "schema.sql", "--privileges");
        assertThat(check.code()).as(check.out() + check.err()).isEqualTo(2);
        assertThat(check.out()).contains("change privileges ON TABLE accounts TO reader");

        Result plan = cli("plan", "--schema", "schema.sql", "--privileges");
        assertThat(plan.code()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("REVOKE UPDATE ON TABLE accounts FROM reader;").contains("SC402");

        Result apply = cli("apply", "--auto", "--schema", "schema.sql", "--privileges");
        assertThat(apply.code()).as(apply.out() + apply.err()).isZero();
        assertThat(privilege("UPDATE")).isFalse();
        assertThat(privilege("SELECT")).isTrue();
        assertThat(cli("check", "--schema", "schema.sql", "--privileges").code()).isZero();
    }

    @Test
    void theConfigFileCanAskForPrivileges() throws Exception {
        Files.writeString(dir.resolve("syncdb.yaml"), "schema: schema.sql\nprivileges: true\n");
        Result check = cli("check");
        assertThat(check.code()).as(check.out() + check.err()).isEqualTo(2);
        Files.writeString(dir.resolve("syncdb.yaml"), "schema: schema.sql\nprivileges: maybe\n");
        Result bad = cli("check");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("'privileges' must be true or false, not 'maybe'");
    }

    private boolean privilege(String privilege) throws SQLException {
        try (Connection c = pg.connect(db); ResultSet rs = c.createStatement().executeQuery(
                "SELECT has_table_privilege('reader', 'accounts', '" + privilege + "')")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
