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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Online plans on MariaDB / MySQL under load: ALGORITHM=INPLACE/INSTANT, LOCK=NONE while a writer inserts
 * and updates rows (100,000 rows: the server's row-by-row INSERT ... SELECT is much slower than PostgreSQL's,
 * and the point, writes going on during each ALTER, shows at that size too), and a session with an open
 * transaction makes the apply retry, then stop (exit 3) naming it.
 */
@NeedsMysql
class OnlineMysqlTest {
    static final long ROWS = 100_000;
    static final String OWNERS = "CREATE TABLE owners (id int PRIMARY KEY);\n";
    static final String ACCOUNTS = "CREATE TABLE accounts (id bigint PRIMARY KEY, owner_id int, email varchar(100), score bigint);\n";
    static final String DESIRED = OWNERS + "CREATE TABLE accounts (id bigint PRIMARY KEY, owner_id int,"
            + " email varchar(100) NOT NULL, score bigint, CONSTRAINT accounts_email_key UNIQUE (email),"
            + " KEY accounts_score_idx (score), KEY accounts_owner_fk (owner_id),"
            + " CONSTRAINT accounts_owner_fk FOREIGN KEY (owner_id) REFERENCES owners (id));\n";

    private final MysqlServer server = MysqlServer.local();
    @TempDir
    Path dir;
    String db;

    @BeforeEach
    void fresh() throws SQLException {
        db = server.freshDatabase();
        server.run(db, OWNERS);
        server.run(db, ACCOUNTS);
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            st.execute("SET SESSION max_recursive_iterations = " + (ROWS + 10));
            st.execute("INSERT INTO owners WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < 1000)"
                    + " SELECT n FROM s");
            st.execute("INSERT INTO accounts WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < "
                    + ROWS + ") SELECT n, n % 1000 + 1, CONCAT('u', n, '@example.com'), n FROM s");
            st.execute("ANALYZE TABLE accounts");
        }
    }

    @AfterEach
    void drop() {
        server.dropDatabase(db);
    }

    private Result cli(String desired, String... args) throws Exception {
        Files.writeString(dir.resolve("schema.sql"), desired);
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--schema", "schema.sql", "--no-color"));
        return CliRunner.run(dir, Map.of("DATABASE_URL", server.url(db)), all.toArray(String[]::new));
    }

    private long scalar(String sql) throws SQLException {
        try (Connection c = server.connect(db); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void keysIndexesAndNotNullChangeUnderLoadWithoutBlockingTheWriter() throws Exception {
        Result plan = cli(DESIRED, "plan", "--online");
        System.out.println("online mysql plan:\n" + plan.out() + plan.err());
        assertThat(plan.code()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("ALGORITHM=INPLACE, LOCK=NONE", "SET SESSION foreign_key_checks = 0",
                "if the server refuses it: ALGORITHM=COPY, LOCK=SHARED");
        long timeoutMs = 1000;
        Result applied;
        LoadWriter writer;
        try (Connection wc = server.connect(db)) {
            writer = new LoadWriter(wc, 2_000_001, ROWS);
            Thread.sleep(200);
            try {
                applied = cli(DESIRED, "apply", "--auto", "--no-backup", "--online", "--lock-wait-timeout", "1s");
            } finally {
                writer.close();
            }
        }
        System.out.println("online mysql: writer ran " + writer.statements() + " statements, longest "
                + writer.longestMillis() + " ms");
        assertThat(applied.code()).as(applied.out() + applied.err()).isZero();
        assertThat(writer.errors()).isEmpty();
        assertThat(writer.statements()).isGreaterThan(20);
        assertThat(writer.longestMillis()).as("the writer's longest wait").isLessThan(timeoutMs);
        assertThat(scalar("SELECT count(*) FROM accounts")).isEqualTo(ROWS + writer.inserted());
        assertConverged(DESIRED);
    }

    @Test
    void aSessionWithAnOpenTransactionStopsTheApplyWithoutBlockingTheWriter() throws Exception {
        String desired = OWNERS + ACCOUNTS + "CREATE INDEX accounts_score_idx ON accounts (score);\n";
        Result stopped;
        LoadWriter writer;
        long holderId;
        try (Connection holder = server.connect(db); Connection wc = server.connect(db); Statement h = holder.createStatement()) {
            holder.setAutoCommit(false);
            try (ResultSet rs = h.executeQuery("SELECT CONNECTION_ID(), count(*) FROM accounts")) {
                rs.next();
                holderId = rs.getLong(1);
            }
            writer = new LoadWriter(wc, 2_000_001, ROWS);
            try {
                stopped = cli(desired, "apply", "--auto", "--no-backup", "--online", "--lock-wait-timeout", "1s", "--lock-retries", "1");
            } finally {
                writer.close();
            }
            holder.rollback();
        }
        System.out.println("online mysql idle: writer ran " + writer.statements() + " statements, longest "
                + writer.longestMillis() + " ms; stderr: " + stopped.err().strip());
        assertThat(stopped.code()).as(stopped.out() + stopped.err()).isEqualTo(3);
        assertThat(stopped.err()).contains("in 2 tries", "id " + holderId + " (user ", "transaction open for");
        assertThat(writer.errors()).isEmpty();
        assertThat(writer.longestMillis()).as("the writer's longest wait").isLessThan(1000 + 150);
        Result applied = cli(desired, "apply", "--auto", "--no-backup", "--online");
        assertThat(applied.code()).as(applied.out() + applied.err()).isZero();
        assertConverged(desired);
    }

    /** Inspecting again finds no difference, and a second online run does nothing. */
    private void assertConverged(String desired) throws Exception {
        Result check = cli(desired, "check");
        assertThat(check.code()).as(check.out() + check.err()).isZero();
        Result again = cli(desired, "apply", "--auto", "--no-backup", "--online");
        assertThat(again.code()).isZero();
        assertThat(again.out() + again.err()).doesNotContain("ALTER TABLE");
    }
}
