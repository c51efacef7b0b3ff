package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The syncdb lock across real processes: two CLI JVMs upgrading at once (each migration applied
 * exactly once, five rounds), a lock holder killed with SIGKILL (the next run proceeds), and
 * {@code apply} / {@code create-tables} waiting for a holder in another process.
 */
class MigrationLockTest {
    static final String SLOW_SQLITE = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 400000) SELECT count(*) FROM c;\n";
    static final String SLOW_PG = "SELECT pg_sleep(0.4);\n";

    @TempDir
    Path dir;

    /** A fresh database of the dialect: its URL and a way to read it. */
    record Db(String url, Connection connection, Runnable drop) {
    }

    Db fresh(String dialect, int round) throws SQLException {
        if (dialect.equals("sqlite")) {
            Path file = dir.resolve("app" + round + ".db").toAbsolutePath();
            return new Db("sqlite://" + file, null, () -> { });
        }
        PgServer pg = PgServers.embedded();
        String db = pg.freshDatabase();
        return new Db(pg.url(db), null, () -> pg.dropDatabase(db));
    }

    Connection connect(String url) throws SQLException {
        if (url.startsWith("sqlite://")) {
            return DriverManager.getConnection("jdbc:sqlite:" + url.substring("sqlite://".length()));
        }
        PgServer pg = PgServers.embedded();
        return pg.connect(url.substring(url.lastIndexOf('/') + 1));
    }

    void migrations(Path d, String dialect) throws IOException {
        Files.createDirectories(d);
        String slow = dialect.equals("sqlite") ? SLOW_SQLITE : SLOW_PG;
        Files.writeString(d.resolve("V1__users.sql"), "CREATE TABLE users (id integer PRIMARY KEY);\n" + slow);
        Files.writeString(d.resolve("V2__posts.sql"), slow + "CREATE TABLE posts (id integer PRIMARY KEY);\n");
        Files.writeString(d.resolve("V3__tags.sql"), "CREATE TABLE tags (id integer PRIMARY KEY);\n" + slow);
    }

    List<String> history(String url) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(url); ResultSet rs = c.createStatement().executeQuery(
                "SELECT version, type, success FROM syncdb_history ORDER BY installed_rank")) {
            while (rs.next()) {
                out.add(rs.getString(1) + ":" + rs.getString(2) + ":" + rs.getBoolean(3));
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void twoProcessesUpgradingAtOnceApplyEachMigrationExactlyOnce(String dialect) throws Exception {
        for (int round = 0; round < 5; round++) {
            Path work = Files.createDirectories(dir.resolve("round" + round));
            migrations(work.resolve("migrations"), dialect);
            Db db = fresh(dialect, round);
            try {
                Map<String, String> env = Map.of("DATABASE_URL", db.url());
                Process a = ChildJvm.start(work, env, work.resolve("a.log"), "dev.syncdb.cli.Main", "upgrade", "--lock-timeout", "60");
                Process b = ChildJvm.start(work, env, work.resolve("b.log"), "dev.syncdb.cli.Main", "upgrade", "--lock-timeout", "60");
                assertThat(a.waitFor(120, TimeUnit.SECONDS)).isTrue();
                assertThat(b.waitFor(120, TimeUnit.SECONDS)).isTrue();
                String logs = Files.readString(work.resolve("a.log")) + Files.readString(work.resolve("b.log"));
                assertThat(a.exitValue()).as(logs).isZero();
                assertThat(b.exitValue()).as(logs).isZero();
                assertThat(history(db.url())).as(logs).containsExactly("1:up:true", "2:up:true", "3:up:true");
                long applied = logs.lines().filter(l -> l.strip().startsWith("up V")).count();
                assertThat(applied).as(logs).isEqualTo(3);
            } finally {
                db.drop().run();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aKilledHolderReleasesTheLock(String dialect) throws Exception {
        migrations(dir.resolve("migrations"), dialect);
        Db db = fresh(dialect, 0);
        try {
            Process holder = holder(dialect, db);
            Map<String, String> env = Map.of("DATABASE_URL", db.url());
            Result waited = CliRunner.run(dir, env, "upgrade", "--lock-timeout", "1");
            assertThat(waited.code()).as(waited.err()).isEqualTo(3);
            assertThat(waited.err()).contains("waiting for the syncdb lock", "held by", "gave up after 1 s");
            assertThat(waited.err()).contains("pid " + holder.pid(), "host ", "since ");

            holder.destroyForcibly();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
            Result after = CliRunner.run(dir, env, "upgrade", "--lock-timeout", "20");
            assertThat(after.code()).as(after.err()).isZero();
            assertThat(history(db.url())).containsExactly("1:up:true", "2:up:true", "3:up:true");
        } finally {
            db.drop().run();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void applyAndCreateTablesWaitForAHolderInAnotherProcess(String dialect) throws Exception {
        Db db = fresh(dialect, 0);
        try {
            Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE users (id integer PRIMARY KEY);\n");
            Process holder = holder(dialect, db);
            Map<String, String> env = Map.of("DATABASE_URL", db.url());
            for (String[] command : new String[][]{{"apply", "--auto", "--no-backup"}, {"create-tables"}, {"--auto", "--no-backup"}}) {
                List<String> args = new ArrayList<>(List.of(command));
                args.addAll(List.of("--schema", "schema.sql", "--lock-timeout", "1"));
                Result waited = CliRunner.run(dir, env, args.toArray(String[]::new));
                assertThat(waited.code()).as(String.join(" ", command) + ": " + waited.err()).isEqualTo(3);
                assertThat(waited.err()).contains("waiting for the syncdb lock", "held by", "gave up after 1 s");
            }
            holder.destroyForcibly();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
            Result after = CliRunner.run(dir, env, "apply", "--auto", "--no-backup", "--schema", "schema.sql", "--lock-timeout", "20");
            assertThat(after.code()).as(after.err()).isZero();
            try (Connection c = connect(db.url()); ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM users")) {
                assertThat(rs.next()).isTrue();
            }
        } finally {
            db.drop().run();
        }
    }

    /** A child process holding the syncdb lock of {@code db} (the SQLite file is made first); returns once it holds it. */
    private Process holder(String dialect, Db db) throws Exception {
        if (dialect.equals("sqlite")) {
            DriverManager.getConnection("jdbc:sqlite:" + db.url().substring("sqlite://".length())).close();
        }
        Path log = dir.resolve("holder.log");
        Process holder = ChildJvm.start(dir, Map.of(), log, "dev.syncdb.cli.LockHolder", db.url());
        long deadline = System.currentTimeMillis() + 60_000;
        while (!Files.readString(log).contains("LOCKED") && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(Files.readString(log)).contains("LOCKED");
        return holder;
    }
}
