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
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The duration estimates of an online plan on MariaDB / MySQL against the real durations, on a table of
 * 300,000 rows: an index added in place and a column type change that copies the table (with
 * {@code --allow-rewrite}) each run within {@link OnlineEstimates#FACTOR} of their estimate.
 */
@NeedsMysql
class OnlineEstimateMysqlTest {
    static final long ROWS = 300_000;
    private final MysqlServer server = MysqlServer.local();
    @TempDir
    Path dir;
    String db;

    @BeforeEach
    void fresh() throws Exception {
        db = server.freshDatabase();
        server.run(db, OnlineMysqlTest.ACCOUNTS);
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            st.execute("INSERT INTO accounts " + OnlineMysqlTest.numbers(st, ROWS)
                    + " SELECT n, n % 1000 + 1, CONCAT('u', n, '@example.com'), n FROM s");
            st.execute("ANALYZE TABLE accounts");
        }
    }

    @AfterEach
    void drop() {
        server.dropDatabase(db);
    }

    @Test
    void estimatesAreWithinTheStatedFactorOfTheRealDurations() throws Exception {
        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE accounts (id bigint PRIMARY KEY, owner_id bigint,"
                + " email varchar(100), score bigint, KEY accounts_score_idx (score));\n");
        Result plan = CliRunner.run(dir, Map.of("DATABASE_URL", server.url(db)), "plan", "--online", "--allow-rewrite",
                "--json", "--schema", "schema.sql");
        assertThat(plan.code()).as(plan.err()).isZero();
        try (Connection c = server.connect(db)) {
            OnlineEstimates.assertWithinFactor(OnlineEstimates.run(plan.out(), c), 2);
        }
    }
}
