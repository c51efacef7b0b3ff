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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The duration estimates of an online plan on PostgreSQL against the real durations, on a table of
 * 500,000 rows: a concurrent index build, a validation scan and a rewrite (a column type change, with
 * {@code --allow-rewrite}) each run within {@link OnlineEstimates#FACTOR} of their estimate.
 */
class OnlineEstimatePostgresTest {
    @TempDir
    Path dir;
    PgServer pg;
    String db;

    @BeforeEach
    void setUp() {
        pg = PgServers.embedded();
        db = pg.freshDatabase();
        pg.run(db, OnlinePostgresTest.populate(500_000));
    }

    @AfterEach
    void dropDatabase() {
        pg.dropDatabase(db);
    }

    @Test
    void estimatesAreWithinTheStatedFactorOfTheRealDurations() throws Exception {
        Files.writeString(dir.resolve("schema.sql"), OnlinePostgresTest.OWNERS + "CREATE TABLE accounts (id bigint PRIMARY KEY,"
                + " owner_id bigint, email text, score bigint CHECK (score > 0));\n"
                + "CREATE INDEX accounts_score_idx ON accounts (score);\n");
        Result plan = CliRunner.run(dir, Map.of("DATABASE_URL", pg.url(db)), "plan", "--online", "--allow-rewrite",
                "--json", "--schema", "schema.sql");
        assertThat(plan.code()).as(plan.err()).isZero();
        try (Connection c = pg.connect(db)) {
            OnlineEstimates.assertWithinFactor(OnlineEstimates.run(plan.out(), c), 3);
        }
    }
}
