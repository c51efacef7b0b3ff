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
 * {@code upgrade} of a migration file marked {@code -- syncdb:no-transaction} on the embedded
 * PostgreSQL while another session holds a lock on the table: each statement waits at most
 * {@code --lock-wait-timeout} per try (so the application's queries queued behind it wait no longer),
 * is tried again, and goes through once the holder lets go; when the retries run out the run stops
 * with exit 3 naming the holder, and the history says where it stopped; the next run finishes it.
 */
class MigrationLockRetryPostgresTest {
    @TempDir
    Path dir;
    PgServer pg;
    String db;

    @BeforeEach
    void setUp() throws Exception {
        pg = PgServers.embedded();
        db = pg.freshDatabase();
        pg.run(db, OnlinePostgresTest.populate(20_000));
        Files.createDirectories(dir.resolve("migrations"));
    }

    @AfterEach
    void dropDatabase() {
        pg.dropDatabase(db);
    }

    private Result upgrade(String... options) {
        List<String> args = new ArrayList<>(List.of("upgrade", "--no-backup"));
        args.addAll(List.of(options));
        return CliRunner.run(dir, Map.of("DATABASE_URL", pg.url(db)), args.toArray(String[]::new));
    }

    private void migration(String sql) throws Exception {
        Files.writeString(dir.resolve("migrations/V1__live.sql"), "-- syncdb:no-transaction\n" + sql);
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = pg.connect(db); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Opens a transaction on {@code c} that runs {@code sql} and keeps its locks; returns the session's pid. */
    private static int hold(Connection c, String sql) throws SQLException {
        try (Statement h = c.createStatement()) {
            h.execute("SET application_name = 'idle-holder'");
            c.setAutoCommit(false);
            h.execute(sql);
            try (ResultSet rs = h.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Ends {@code c}'s transaction after {@code millis}, on another thread. */
    private static Thread releaseAfter(Connection c, long millis) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(millis);
                c.rollback();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "lock-holder");
        t.start();
        return t;
    }

    @Test
    void aLockedTableIsRetriedWithoutHoldingUpTheApplicationAndTheUpgradeGoesThrough() throws Exception {
        migration("ALTER TABLE accounts ADD COLUMN note text;\n");
        long timeoutMs = 300;
        Result ok;
        LoadWriter writer;
        long took;
        try (Connection holder = pg.connect(db); Connection wc = pg.connect(db)) {
            hold(holder, "SELECT count(*) FROM accounts");
            Thread release = releaseAfter(holder, 1500);
            writer = new LoadWriter(wc, 2_000_001, 20_000);
            long t0 = System.nanoTime();
            try {
                ok = upgrade("--lock-wait-timeout", timeoutMs + "ms", "--lock-retries", "8");
            } finally {
                writer.close();
            }
            took = (System.nanoTime() - t0) / 1_000_000;
            release.join();
        }
        System.out.println("migration lock retry: upgrade took " + took + " ms; writer ran " + writer.statements()
                + " statements, longest " + writer.longestMillis() + " ms");
        assertThat(ok.code()).as(ok.out() + ok.err()).isZero();
        assertThat(took).as("it waited for the holder").isGreaterThanOrEqualTo(1400);
        assertThat(writer.errors()).isEmpty();
        assertThat(writer.longestMillis()).as("the writer's longest wait").isLessThan(timeoutMs + 200);
        assertThat(rows("SELECT column_name FROM information_schema.columns WHERE table_name = 'accounts'"
                + " AND column_name = 'note'")).containsExactly("note");
        assertThat(rows("SELECT version || ':' || success || ':' || statements_run FROM syncdb_history ORDER BY installed_rank"))
                .containsExactly("1:true:1");
    }

    @Test
    void retriesRunningOutStopWithExit3NamingTheHolderAndTheNextRunFinishes() throws Exception {
        migration("ALTER TABLE accounts ADD COLUMN note text;\nCREATE INDEX CONCURRENTLY accounts_note_idx ON accounts (note);\n");
        Result stopped;
        int pid;
        try (Connection holder = pg.connect(db)) {
            pid = hold(holder, "SELECT count(*) FROM accounts");
            stopped = upgrade("--lock-wait-timeout", "200ms", "--lock-retries", "2");
            holder.rollback();
        }
        System.out.println("migration lock retry, stopped: " + stopped.err().strip());
        assertThat(stopped.code()).as(stopped.out() + stopped.err()).isEqualTo(3);
        java.util.List<String> shown = new java.util.ArrayList<>(java.util.List.of("$ syncdb upgrade --lock-wait-timeout 200ms --lock-retries 2"));
        shown.addAll(stopped.out().lines().toList());
        shown.addAll(stopped.err().lines().filter(l -> !Transcript.PROGRESS.matcher(l).matches()).toList());
        ReadmeOutput.assertShows("online-upgrade-stopped", shown, ReadmeOutput.common(dir));
        assertThat(stopped.err()).contains("V1__live.sql", "stopped at statement 1 of 2", "in 3 tries",
                "at most 200 ms each", "pid " + pid, "application 'idle-holder'", "idle in transaction",
                "AccessShareLock", "none of its statements was applied");
        assertThat(rows("SELECT version || ':' || success || ':' || statements_run FROM syncdb_history ORDER BY installed_rank"))
                .containsExactly("1:false:0");
        assertThat(rows("SELECT count(*) FROM information_schema.columns WHERE column_name = 'note'")).containsExactly("0");

        Result finished = upgrade();
        assertThat(finished.code()).as(finished.out() + finished.err()).isZero();
        assertThat(rows("SELECT version || ':' || success || ':' || statements_run FROM syncdb_history ORDER BY installed_rank"))
                .containsExactly("1:true:2");
        assertThat(rows("SELECT indexrelid::regclass::text FROM pg_index WHERE indrelid = 'accounts'::regclass"
                + " AND indisvalid ORDER BY 1")).containsExactly("accounts_note_idx", "accounts_pkey");
    }

    @Test
    void aConcurrentIndexBuildThatGaveUpIsDroppedAndBuiltAgain() throws Exception {
        migration("CREATE INDEX CONCURRENTLY accounts_score_idx ON accounts (score);\n");
        Result ok;
        long took;
        try (Connection holder = pg.connect(db)) {
            hold(holder, "UPDATE accounts SET score = score + 1 WHERE id = 1");
            Thread release = releaseAfter(holder, 1500);
            long t0 = System.nanoTime();
            ok = upgrade("--lock-wait-timeout", "300ms", "--lock-retries", "8");
            took = (System.nanoTime() - t0) / 1_000_000;
            release.join();
        }
        assertThat(ok.code()).as(ok.out() + ok.err()).isZero();
        assertThat(took).as("the first tries gave up waiting for the writer's transaction").isGreaterThanOrEqualTo(1400);
        assertThat(rows("SELECT indexrelid::regclass::text || ':' || indisvalid FROM pg_index"
                + " WHERE indrelid = 'accounts'::regclass ORDER BY 1"))
                .containsExactly("accounts_pkey:true", "accounts_score_idx:true");
        assertThat(rows("SELECT version || ':' || success || ':' || statements_run FROM syncdb_history ORDER BY installed_rank"))
                .containsExactly("1:true:1");
    }
}
