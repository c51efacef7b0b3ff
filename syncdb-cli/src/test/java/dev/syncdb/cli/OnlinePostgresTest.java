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
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Online plans on a real PostgreSQL under load: a writer on another connection inserts and updates
 * rows while syncdb adds an index, a foreign key, NOT NULL and a unique key to a table of 1,000,000
 * rows; no write waits longer than the lock timeout and no row is lost. A session idle in a
 * transaction makes the apply retry, then stop (exit 3) naming it, without holding up the writer.
 */
class OnlinePostgresTest {
    static final String OWNERS = "CREATE TABLE owners (id int PRIMARY KEY);\n";
    static final String ACCOUNTS = "CREATE TABLE accounts (id bigint PRIMARY KEY, owner_id int, email text, score bigint);\n";
    static final String DESIRED = OWNERS + "CREATE TABLE accounts (id bigint PRIMARY KEY,"
            + " owner_id int CONSTRAINT accounts_owner_fk REFERENCES owners (id),"
            + " email text NOT NULL CONSTRAINT accounts_email_key UNIQUE, score bigint);\n"
            + "CREATE INDEX accounts_score_idx ON accounts (score);\n";

    @TempDir
    Path dir;
    PgServer pg;
    String db;

    @BeforeEach
    void freshDatabase() {
        pg = PgServers.embedded();
        db = pg.freshDatabase();
    }

    @AfterEach
    void dropDatabase() {
        pg.dropDatabase(db);
    }

    /**
     * Owners 1..1000 and {@code rows} accounts, each with an owner and a unique e-mail, then ANALYZE. The
     * primary key is added after the rows (one sorted build is several times faster than a million inserts into it).
     */
    static String populate(long rows) {
        return OWNERS + ACCOUNTS.replace("id bigint PRIMARY KEY", "id bigint NOT NULL")
                + "INSERT INTO owners SELECT g FROM generate_series(1, 1000) g;\n"
                + "INSERT INTO accounts SELECT g, g % 1000 + 1, 'u' || g || '@example.com', g FROM generate_series(1, "
                + rows + ") g;\nALTER TABLE accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);\nANALYZE accounts;\n";
    }

    private Result cli(String desired, String... args) throws Exception {
        Files.writeString(dir.resolve("schema.sql"), desired);
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--schema", "schema.sql", "--no-color"));
        return CliRunner.run(dir, Map.of("DATABASE_URL", pg.url(db)), all.toArray(String[]::new));
    }

    private long scalar(String sql) throws SQLException {
        try (Connection c = pg.connect(db); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aMillionRowTableChangesUnderLoadWithoutBlockingTheWriter() throws Exception {
        long rows = 1_000_000;
        long t0 = System.nanoTime();
        pg.run(db, populate(rows));
        System.out.println("online pg: populated " + rows + " rows in " + (System.nanoTime() - t0) / 1_000_000 + " ms");

        Result plan = cli(DESIRED, "plan", "--online");
        assertThat(plan.code()).as(plan.err()).isZero();
        System.out.println("online pg plan:\n" + plan.out());
        assertThat(plan.out()).contains("CREATE INDEX CONCURRENTLY accounts_score_idx",
                "ADD CONSTRAINT accounts_owner_fk FOREIGN KEY (owner_id) REFERENCES owners (id) NOT VALID",
                "VALIDATE CONSTRAINT accounts_owner_fk", "CHECK (email IS NOT NULL) NOT VALID",
                "ALTER COLUMN email SET NOT NULL", "CREATE UNIQUE INDEX CONCURRENTLY accounts_email_key",
                "ADD CONSTRAINT accounts_email_key UNIQUE USING INDEX accounts_email_key",
                "-- lock: SHARE UPDATE EXCLUSIVE (reads and writes go on), ", "-- lock: ACCESS EXCLUSIVE (brief)")
                .doesNotContain("LK302");
        ReadmeOutput.assertShows("online-plan", plan.out().lines().toList(),
                ReadmeOutput.common(dir));

        long timeoutMs = 1000;
        Result applied;
        LoadWriter writer;
        try (Connection wc = pg.connect(db)) {
            writer = new LoadWriter(wc, 2_000_001, rows);
            Thread.sleep(200);
            long a0 = System.nanoTime();
            try {
                applied = cli(DESIRED, "apply", "--auto", "--no-backup", "--online", "--lock-wait-timeout", timeoutMs + "ms");
            } finally {
                writer.close();
            }
            System.out.println("online pg: apply took " + (System.nanoTime() - a0) / 1_000_000 + " ms; writer ran "
                    + writer.statements() + " statements, longest " + writer.longestMillis() + " ms");
        }
        assertThat(applied.code()).as(applied.out() + applied.err()).isZero();
        assertThat(writer.errors()).isEmpty();
        assertThat(writer.statements()).isGreaterThan(20);
        assertThat(writer.longestMillis()).as("the writer's longest wait").isLessThan(timeoutMs);
        assertThat(scalar("SELECT count(*) FROM accounts")).isEqualTo(rows + writer.inserted());
        assertThat(scalar("SELECT count(*) FROM accounts WHERE id >= 2000001")).isEqualTo(writer.inserted());
        assertThat(scalar("SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid"
                + " WHERE c.relname = 'accounts' AND NOT i.indisvalid")).isZero();
        assertThat(scalar("SELECT count(*) FROM pg_constraint WHERE conrelid = 'accounts'::regclass AND NOT convalidated"))
                .isZero();
        assertConverged();
    }

    @Test
    void aSessionIdleInATransactionStopsTheApplyWithoutBlockingTheWriter() throws Exception {
        pg.run(db, populate(20_000));
        String desired = OWNERS + ACCOUNTS.replace("email text", "email text NOT NULL");
        long timeoutMs = 200;
        Result stopped;
        LoadWriter writer;
        int holderPid;
        try (Connection holder = pg.connect(db); Connection wc = pg.connect(db); Statement h = holder.createStatement()) {
            h.execute("SET application_name = 'idle-holder'");
            holder.setAutoCommit(false);
            try (ResultSet rs = h.executeQuery("SELECT pg_backend_pid(), count(*) FROM accounts")) {
                rs.next();
                holderPid = rs.getInt(1);
            }
            writer = new LoadWriter(wc, 2_000_001, 20_000);
            try {
                stopped = cli(desired, "apply", "--auto", "--no-backup", "--online", "--lock-wait-timeout", timeoutMs + "ms",
                        "--lock-retries", "2");
            } finally {
                writer.close();
            }
            holder.rollback();
        }
        System.out.println("online pg idle: writer ran " + writer.statements() + " statements, longest "
                + writer.longestMillis() + " ms; stderr: " + stopped.err().strip());
        assertThat(stopped.code()).as(stopped.out() + stopped.err()).isEqualTo(3);
        List<String> shown = new ArrayList<>(List.of("$ syncdb apply --auto --online --lock-wait-timeout 200ms --lock-retries 2"));
        shown.addAll(stopped.out().lines().toList());
        shown.addAll(stopped.err().lines().filter(l -> !Transcript.PROGRESS.matcher(l).matches()).toList());
        // the test's own writer is named too when the report catches one of its updates under way
        ReadmeOutput.assertShows("online-lock-stopped", shown, ReadmeOutput.common(dir),
                l -> l.replaceAll("; pid \\S+ \\(application 'PostgreSQL JDBC Driver', .*?\\)(?=; pid |; nothing was changed)", ""));
        assertThat(stopped.err()).contains("in 3 tries", "pid " + holderPid, "application 'idle-holder'",
                "idle in transaction", "AccessShareLock", "nothing was changed");
        assertThat(writer.errors()).isEmpty();
        assertThat(writer.statements()).isGreaterThan(5);
        assertThat(writer.longestMillis()).as("the writer's longest wait").isLessThan(timeoutMs + 150);
        assertThat(scalar("SELECT count(*) FROM accounts WHERE id >= 2000001")).isEqualTo(writer.inserted());

        Result applied = cli(desired, "apply", "--auto", "--no-backup", "--online");
        assertThat(applied.code()).as(applied.out() + applied.err()).isZero();
        assertThat(scalar("SELECT count(*) FROM pg_constraint WHERE conrelid = 'accounts'::regclass AND contype = 'c'"))
                .as("the helper check is gone").isZero();
        assertConverged(desired);
    }

    @Test
    void anInvalidIndexLeftByAFailedConcurrentBuildIsBuiltAgain() throws Exception {
        pg.run(db, OWNERS + ACCOUNTS + "INSERT INTO accounts VALUES (1, 1, 'a', 1), (2, 1, 'a', 2);");
        try {
            pg.run(db, "CREATE UNIQUE INDEX CONCURRENTLY accounts_email_idx ON accounts (email)");
        } catch (IllegalStateException expected) {
            assertThat(expected.getMessage()).contains("could not create unique index");
        }
        assertThat(scalar("SELECT count(*) FROM pg_index WHERE NOT indisvalid")).isEqualTo(1);
        String desired = OWNERS + ACCOUNTS + "CREATE INDEX accounts_email_idx ON accounts (email);\n";
        Result plan = cli(desired, "plan", "--online");
        assertThat(plan.out()).contains("DROP INDEX CONCURRENTLY accounts_email_idx",
                "CREATE INDEX CONCURRENTLY accounts_email_idx ON accounts (email)");
        Result applied = cli(desired, "apply", "--auto", "--no-backup", "--online");
        assertThat(applied.code()).as(applied.out() + applied.err()).isZero();
        assertThat(scalar("SELECT count(*) FROM pg_index WHERE NOT indisvalid")).isZero();
        assertConverged(desired);
    }

    @Test
    void aRewriteIsCalledOutAndRefusedUnlessAllowed() throws Exception {
        pg.run(db, OWNERS + ACCOUNTS);
        String desired = OWNERS + ACCOUNTS.replace("owner_id int", "owner_id bigint");
        Result plan = cli(desired, "plan", "--online");
        assertThat(plan.out()).contains("hazard LK301", "online alternative: add a new column, backfill it in batches");
        Result refused = cli(desired, "apply", "--auto", "--no-backup", "--online");
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).contains("cannot be made online", "--allow-rewrite", "nothing was changed");
        Result applied = cli(desired, "apply", "--auto", "--no-backup", "--online", "--allow-rewrite");
        assertThat(applied.code()).as(applied.out() + applied.err()).isZero();
        assertConverged(desired);
    }

    private void assertConverged() throws Exception {
        assertConverged(DESIRED);
    }

    /** Inspecting again finds no difference, and a second online run does nothing. */
    private void assertConverged(String desired) throws Exception {
        Result check = cli(desired, "check");
        assertThat(check.code()).as(check.out() + check.err()).isZero();
        Result again = cli(desired, "apply", "--auto", "--no-backup", "--online");
        assertThat(again.code()).isZero();
        assertThat(again.out() + again.err()).doesNotContain("ALTER TABLE", "CREATE INDEX");
    }
}
