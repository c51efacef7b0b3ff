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
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration journal on MariaDB, whose DDL commits at once: a run killed with SIGKILL midway is
 * detected and resumed by the next run after the last statement done (a data conversion is not run
 * twice, every row kept), a failed migration says truthfully what stayed applied and resumes after a
 * fix, and a schema statement left in doubt is marked done by {@code repair}.
 */
@NeedsMysql
class MigrationJournalMysqlTest {
    private final MysqlServer server = MysqlServer.local();
    private String db;

    @TempDir
    Path dir;

    @BeforeEach
    void createDatabase() {
        db = server.freshDatabase();
    }

    @AfterEach
    void dropDatabase() {
        server.dropDatabase(db);
    }

    Result cli(String... args) {
        return CliRunner.run(dir, Map.of("DATABASE_URL", server.url(db)), args);
    }

    void file(String name, String sql) throws Exception {
        Files.writeString(Files.createDirectories(dir.resolve("migrations")).resolve(name), sql);
    }

    String one(String sql) throws SQLException {
        try (Connection c = server.connect(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    List<String> history() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = server.connect(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT version, type, success, statements_run FROM syncdb_history ORDER BY installed_rank")) {
            while (rs.next()) {
                out.add(rs.getString(1) + ":" + rs.getString(2) + ":" + rs.getBoolean(3) + ":" + rs.getInt(4));
            }
        }
        return out;
    }

    void accounts() throws Exception {
        StringBuilder rows = new StringBuilder("INSERT INTO accounts (id, cents) VALUES ");
        for (int i = 1; i <= 500; i++) {
            rows.append(i > 1 ? ", " : "").append("(").append(i).append(", ").append(i * 7).append(")");
        }
        file("V1__accounts.sql", "CREATE TABLE accounts (id integer PRIMARY KEY, cents bigint NOT NULL);\n" + rows + ";\n"
                + "CREATE TABLE pause (seconds integer NOT NULL);\nINSERT INTO pause VALUES (600);\n");
    }

    @Test
    void aRunKilledMidwayIsResumedAfterItsLastStatementAndTheConversionRunsOnce() throws Exception {
        accounts();
        file("V2__to_mills.sql", """
                ALTER TABLE accounts ADD COLUMN note varchar(20);
                UPDATE accounts SET cents = cents * 10;
                ALTER TABLE accounts ADD COLUMN region varchar(10);
                SELECT SLEEP((SELECT seconds FROM pause));
                ALTER TABLE accounts ADD COLUMN flag integer;
                """);
        assertThat(cli("upgrade", "1").code()).isZero();
        long sum = Long.parseLong(one("SELECT SUM(cents) FROM accounts"));

        Path log = dir.resolve("killed.log");
        Process run = ChildJvm.start(dir, Map.of("DATABASE_URL", server.url(db)), log, "dev.syncdb.cli.Main", "upgrade");
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && !one("SELECT COUNT(*) FROM information_schema.PROCESSLIST "
                + "WHERE INFO LIKE 'SELECT SLEEP((SELECT seconds%'").equals("1")) {
            Thread.sleep(100);
        }
        run.destroyForcibly();
        assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
        server.run(db, "UPDATE pause SET seconds = 0");

        Result next = cli("upgrade", "--lock-timeout", "30");
        assertThat(next.code()).as(next.err() + Files.readString(log)).isZero();
        assertThat(next.err()).contains("migration V2__to_mills.sql was interrupted",
                "statements 1-3 of 5 were applied and stay", "resuming at statement 4");
        assertThat(one("SELECT SUM(cents) FROM accounts")).isEqualTo(String.valueOf(sum * 10));
        assertThat(one("SELECT COUNT(*) FROM accounts")).isEqualTo("500");
        assertThat(one("SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                + "AND TABLE_NAME = 'accounts' AND COLUMN_NAME IN ('note', 'region', 'flag')")).isEqualTo("3");
        assertThat(history()).containsExactly("1:up:true:4", "2:up:true:5");
    }

    @Test
    void aFailedMigrationSaysWhatStayedAppliedAndResumesAfterTheFix() throws Exception {
        accounts();
        file("V2__split.sql", """
                CREATE TABLE ledger (id integer PRIMARY KEY, cents bigint);
                INSERT INTO ledger SELECT id, cents FROM accounts;
                UPDATE accounts SET cents = cents * 10;
                ALTER TABLE no_such_table ADD COLUMN x integer;
                CREATE TABLE audit (id integer PRIMARY KEY);
                """);
        assertThat(cli("upgrade", "1").code()).isZero();
        long sum = Long.parseLong(one("SELECT SUM(cents) FROM accounts"));

        Result failed = cli("upgrade");
        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.err()).contains("failed at statement 4 of 5", "statements 1-3 were applied and stay")
                .doesNotContain("rolled back");

        file("V2__split.sql", """
                CREATE TABLE ledger (id integer PRIMARY KEY, cents bigint);
                INSERT INTO ledger SELECT id, cents FROM accounts;
                UPDATE accounts SET cents = cents * 10;
                ALTER TABLE ledger ADD COLUMN x integer;
                CREATE TABLE audit (id integer PRIMARY KEY);
                """);
        Result fixed = cli("upgrade");
        assertThat(fixed.code()).as(fixed.err()).isZero();
        assertThat(fixed.err()).contains("migration V2__split.sql failed on", "statements 1-3 of 5 were applied",
                "resuming at statement 4", "the file changed since");
        assertThat(one("SELECT SUM(cents) FROM accounts")).isEqualTo(String.valueOf(sum * 10));
        assertThat(one("SELECT COUNT(*) FROM ledger")).isEqualTo("500");
        assertThat(one("SELECT SUM(cents) FROM ledger")).isEqualTo(String.valueOf(sum));
        assertThat(history()).containsExactly("1:up:true:4", "2:up:true:5");
    }

    @Test
    void aSchemaStatementLeftInDoubtIsMarkedDoneByRepair() throws Exception {
        file("V1__t.sql", "CREATE TABLE t (id integer PRIMARY KEY);\nALTER TABLE t ADD COLUMN a integer;\n"
                + "ALTER TABLE t ADD COLUMN b integer;\n");
        // what a run killed while the second statement ran leaves when the server completed it anyway
        server.run(db, "CREATE TABLE t (id integer PRIMARY KEY, a integer)");
        server.run(db, """
                CREATE TABLE syncdb_history (installed_rank integer NOT NULL PRIMARY KEY, version varchar(50) NOT NULL,
                description varchar(200) NOT NULL, type varchar(10) NOT NULL, script varchar(1000) NOT NULL,
                checksum varchar(64), installed_by varchar(100) NOT NULL, installed_on timestamp NOT NULL,
                execution_time bigint NOT NULL, success boolean NOT NULL, failed_statement varchar(4000),
                statements_run integer NOT NULL)""");
        server.run(db, "INSERT INTO syncdb_history VALUES (1, '1', 't', 'up', 'V1__t.sql', NULL, 'me', NOW(), 0, FALSE, "
                + "'(running) ALTER TABLE t ADD COLUMN a integer;', 1)");

        Result inDoubt = cli("upgrade");
        assertThat(inDoubt.code()).isEqualTo(1);
        assertThat(inDoubt.err()).contains("was interrupted", "resuming at statement 2", "may have completed",
                "syncdb repair");

        Result repair = cli("repair");
        assertThat(repair.code()).as(repair.err()).isZero();
        assertThat(repair.out()).contains("resolved V1__t.sql: statement 2");
        Result after = cli("upgrade");
        assertThat(after.code()).as(after.err()).isZero();
        assertThat(after.err()).contains("resuming at statement 3");
        assertThat(history()).containsExactly("1:up:true:3");
    }
}
