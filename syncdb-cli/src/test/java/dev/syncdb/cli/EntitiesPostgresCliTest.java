package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.cli.output.CheckText;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The example shop from the command line on a real PostgreSQL: v1, v2, back to v1, check = 0 after each. */
class EntitiesPostgresCliTest {
    @TempDir
    Path dir;

    @Test
    void version1ThenVersion2ThenBack() throws SQLException {
        PgServer pg = PgServers.embedded();
        String db = pg.freshDatabase();
        try {
            Map<String, String> env = Map.of("DATABASE_URL", pg.url(db));
            for (String[] step : new String[][] {{"v1", ""}, {"v2", ""}, {"v1", "--allow-destructive"}}) {
                String classpath = ExampleShop.classes(step[0]).toString();
                Result apply = CliRunner.run(dir, env, "apply", "--auto", "--no-backup", step[1].isEmpty() ? "--quiet" : step[1],
                        "--entities", "com.example.shop", "--classpath", classpath);
                assertThat(apply.code()).as(step[0] + ": " + apply.out() + apply.err()).isZero();
                Result check = CliRunner.run(dir, env, "check", "--entities", "com.example.shop", "--classpath", classpath);
                assertThat(check.code()).as(step[0] + ": " + check.out()).isZero();
                assertThat(check.out()).contains(step[0].equals("v1") ? "Found 25 entities (27 tables) in 7 packages"
                        : "Found 26 entities (28 tables) in 8 packages", CheckText.IN_SYNC);
            }
            assertThat(checkOf(pg, db)).as("the enum CHECK follows the constants: REFUNDED is v2 only")
                    .contains("'CANCELLED'").doesNotContain("REFUNDED");
        } finally {
            pg.dropDatabase(db);
        }
    }

    private static String checkOf(PgServer pg, String db) throws SQLException {
        try (Connection c = pg.connect(db); ResultSet rs = c.createStatement().executeQuery(
                "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'orders_status_check'")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }
}
