package dev.syncdb.cli;

import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping the command line with Ctrl-C (SIGINT) in the middle of an apply: a real child process is
 * stopped while a statement of the plan waits on a lock the test holds. It prints one line saying
 * what stays, exits 130, and leaves the database as the line says.
 */
class InterruptTest {
    static final String CURRENT = "CREATE TABLE items (id int PRIMARY KEY, qty int NOT NULL);";
    static final String DESIRED = "CREATE TABLE items (id int PRIMARY KEY, qty bigint NOT NULL);\n"
            + "CREATE TABLE audit (id int PRIMARY KEY);\n";

    @TempDir
    Path dir;

    @Test
    void postgresqlRollsBackAndSaysNothingWasChanged() throws Exception {
        PgServer pg = PgServers.embedded();
        String db = pg.freshDatabase();
        try (Connection blocker = pg.connect(db)) {
            pg.run(db, CURRENT + " INSERT INTO items SELECT g, g FROM generate_series(1, 1000) g;");
            Files.writeString(dir.resolve("schema.sql"), DESIRED);
            blocker.setAutoCommit(false);
            blocker.createStatement().execute("LOCK TABLE items IN ACCESS SHARE MODE");
            Process child = start(dir, pg.url(db));
            waitFor(dir, () -> waiting(() -> pg.connect(db), "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                    + " AND query LIKE 'ALTER TABLE items%'"), child);
            String log = interrupt(dir, child);
            blocker.rollback();
            assertThat(child.exitValue()).as(log).isEqualTo(130);
            assertThat(log).contains("interrupted: rolled back, nothing was changed")
                    .doesNotContain("error:", "Exception", "has been closed");
            assertThat(scalar(blocker, "SELECT data_type FROM information_schema.columns WHERE table_name = 'items'"
                    + " AND column_name = 'qty'")).isEqualTo("integer");
            assertThat(scalar(blocker, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'audit'")).isEqualTo("0");
            assertThat(scalar(blocker, "SELECT count(*) FROM items")).isEqualTo("1000");
        } finally {
            pg.dropDatabase(db);
        }
    }

    static Process start(Path dir, String url) throws Exception {
        return ChildJvm.start(dir, Map.of("DATABASE_URL", url), dir.resolve("child.log"), "dev.syncdb.cli.Main",
                "apply", "--auto", "--no-backup", "--schema", "schema.sql", "--no-color");
    }

    /** Sends SIGINT, as Ctrl-C does, and returns the child's output once it ended. */
    static String interrupt(Path dir, Process child) throws Exception {
        new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).inheritIO().start().waitFor();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return Files.readString(dir.resolve("child.log"));
    }

    static void waitFor(Path dir, BooleanSupplier condition, Process child) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (!condition.getAsBoolean()) {
            assertThat(child.isAlive()).as(Files.readString(dir.resolve("child.log"))).isTrue();
            assertThat(System.currentTimeMillis()).as("the apply never reached the blocked statement").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** Opens a connection of its own to the database. */
    interface Connector {
        Connection open() throws SQLException;
    }

    /** Whether {@code sql}, a count, finds the statement waiting (read on a connection of its own). */
    static boolean waiting(Connector connector, String sql) {
        try (Connection other = connector.open(); Statement st = other.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() && rs.getInt(1) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String scalar(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
