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
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The apply journal on MariaDB: an apply killed with SIGKILL after its {@code --using} conversion
 * (an UPDATE that commits at once) and before the column's MODIFY is reported by the next apply,
 * which does not run the conversion again: every value is converted exactly once.
 */
@NeedsMysql
class ApplyJournalMysqlTest {
    static final int ROWS = 1_000_000;
    private final MysqlServer server = MysqlServer.local();
    private String db;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() throws Exception {
        db = server.freshDatabase();
        server.run(db, "CREATE TABLE accounts (id integer NOT NULL PRIMARY KEY, cents integer NOT NULL)");
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            st.execute("SET SESSION max_recursive_iterations = " + (ROWS + 10));
            st.execute("INSERT INTO accounts WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < "
                    + ROWS + ") SELECT n, n % 1000 FROM s");
        }
        Files.writeString(dir.resolve("desired.sql"), "CREATE TABLE accounts (id integer NOT NULL PRIMARY KEY,"
                + " cents decimal(14,2) NOT NULL);\n");
    }

    @AfterEach
    void drop() {
        server.dropDatabase(db);
    }

    String one(String sql) throws SQLException {
        try (Connection c = server.connect(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * Starts the apply in a child JVM, kills it with SIGKILL once its conversion has committed, then
     * ends its server sessions too: a server goes on with a statement whose client died until it ends,
     * and here the MODIFY must stop where a crashed machine would have left it.
     */
    private void applyKilledAfterItsConversion(String[] args, Map<String, String> env) throws Exception {
        Path log = dir.resolve("killed.log");
        Process run = ChildJvm.start(dir, env, log, "dev.syncdb.cli.Main", args);
        long deadline = System.currentTimeMillis() + 120_000;
        boolean converted = false;
        while (!converted && System.currentTimeMillis() < deadline && run.isAlive()) {
            Thread.sleep(20);
            try {
                converted = one("SELECT COUNT(*) FROM syncdb_history WHERE type = 'apply-data'").equals("1");
            } catch (SQLException notYet) {
                // no history table yet
            }
        }
        run.destroyForcibly();
        assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(converted).as(Files.readString(log)).isTrue();
        endOtherSessions();
        assertThat(one("SELECT COUNT(*) FROM syncdb_history WHERE type = 'apply' AND success")).isEqualTo("0");
        assertThat(centsType()).as("the killed MODIFY must not have finished").isEqualTo("int");
    }

    /** Kills every other server session on the test database and waits until they are gone. */
    private void endOtherSessions() throws Exception {
        String others = "FROM information_schema.PROCESSLIST WHERE DB = '" + db + "' AND ID <> CONNECTION_ID()";
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            java.util.List<Long> ids = new java.util.ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT ID " + others)) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            for (long id : ids) {
                try {
                    st.execute("KILL " + id);
                } catch (SQLException gone) {
                    // it ended by itself meanwhile
                }
            }
            long deadline = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < deadline) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) " + others)) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
            throw new AssertionError("the killed apply's sessions did not end");
        }
    }

    private String centsType() throws SQLException {
        return one("SELECT DATA_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                + "AND TABLE_NAME = 'accounts' AND COLUMN_NAME = 'cents'");
    }

    @Test
    void anApplyKilledAfterItsConversionIsNotConvertedTwice() throws Exception {
        String sum = one("SELECT SUM(cents) FROM accounts");
        Map<String, String> env = Map.of("DATABASE_URL", server.url(db));
        applyKilledAfterItsConversion(ARGS, env);

        Result next = CliRunner.run(dir, env, ARGS);
        assertThat(next.code()).as(next.out() + next.err()).isZero();
        assertThat(next.err()).contains("the previous apply", "did not finish",
                "skipped, the unfinished earlier apply already ran it: UPDATE");
        assertThat(new java.math.BigDecimal(one("SELECT SUM(cents) FROM accounts")))
                .isEqualByComparingTo(new java.math.BigDecimal(sum).multiply(java.math.BigDecimal.valueOf(100)));
        assertThat(one("SELECT COUNT(*) FROM accounts")).isEqualTo(String.valueOf(ROWS));
        assertThat(centsType()).isEqualTo("decimal");
        assertThat(one("SELECT COUNT(*) FROM syncdb_history WHERE type = 'apply' AND success")).isEqualTo("1");
    }

    /**
     * When the rest of a killed apply got done anyway (here by hand; a server can also finish the
     * statement its dead client started), the next apply has nothing to run: it still reports the
     * unfinished apply and settles the journal, so a later conversion with the same SQL is not skipped.
     */
    @Test
    void anUnfinishedApplyWhoseRestIsDoneIsReportedAndSettled() throws Exception {
        Map<String, String> env = Map.of("DATABASE_URL", server.url(db));
        applyKilledAfterItsConversion(ARGS, env);
        server.run(db, "ALTER TABLE accounts MODIFY cents decimal(14,2) NOT NULL");

        Result next = CliRunner.run(dir, env, ARGS);
        assertThat(next.code()).as(next.out() + next.err()).isZero();
        assertThat(next.err()).contains("the previous apply", "did not finish",
                "the database matches the desired schema now");
        assertThat(one("SELECT COUNT(*) FROM syncdb_history WHERE type = 'apply' AND success")).isEqualTo("1");

        Result again = CliRunner.run(dir, env, ARGS);
        assertThat(again.code()).as(again.out() + again.err()).isZero();
        assertThat(again.err()).doesNotContain("did not finish");
    }

    private static final String[] ARGS = {"apply", "--auto", "--no-backup", "--schema", "desired.sql", "--using",
        "accounts.cents=cents * 100", "--no-online"}; // a million rows would make it online, which refuses this rewrite
}
