package dev.syncdb.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syncdb.cli.CliRunner.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fleet of 50 SQLite files: one holds a row the preflight refuses, one target cannot be opened
 * (its folder does not exist); check, apply with --continue-on-error, the summary grouped by plan
 * hash, the exit codes, the JSON report and the state file.
 */
class FleetSqliteTest {
    static final String V1 = "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);";
    static final String V2 = """
            CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT);
            CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id), total NUMERIC);
            CREATE INDEX orders_user ON orders (user_id);
            """;
    static final int N = 50;

    @TempDir
    Path dir;
    final List<SqliteDb> dbs = new ArrayList<>();

    @BeforeEach
    void fleet() throws Exception {
        StringBuilder targets = new StringBuilder("# the tenants' databases\n\n");
        for (int i = 1; i <= N; i++) {
            SqliteDb db = new SqliteDb(dir.resolve("t" + i + ".db"));
            db.run(V1 + "INSERT INTO users (id, email) VALUES (1, 'a@example.com');");
            dbs.add(db);
            targets.append("sqlite:${DATA}/t").append(i).append(".db  # tenant ").append(i).append('\n');
        }
        dbs.get(6).run("INSERT INTO users (id, email) VALUES (2, NULL)");
        targets.append("sqlite:").append(dir.resolve("missing/gone.db")).append('\n');
        Files.writeString(dir.resolve("targets.txt"), targets);
        Files.writeString(dir.resolve("schema.sql"), V2);
    }

    private Result cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--targets", "targets.txt", "--schema", "schema.sql", "--no-color"));
        return CliRunner.run(dir, Map.of("DATA", dir.toString()), all.toArray(String[]::new));
    }

    @Test
    void checkApplyAndCheckAgain() throws Exception {
        Result check = cli("check", "--continue-on-error");
        assertThat(check.code()).as(check.out() + check.err()).isEqualTo(1);
        assertThat(check.out()).contains("Fleet check: 51 targets").containsPattern("50  differences\\s+plan [0-9a-f]{12}")
                .contains("failed sqlite:" + dir.resolve("missing/gone.db") + ": database does not exist");

        Result apply = cli("apply", "--auto", "--continue-on-error", "--no-backup", "--parallel", "3");
        assertThat(apply.code()).as(apply.out() + apply.err()).isEqualTo(1);
        assertThat(apply.out()).containsPattern("49  applied\\s+plan [0-9a-f]{12}").containsPattern("1  refused")
                .containsPattern("1  failed").contains("refused sqlite:" + dbs.get(6).file().toAbsolutePath());
        assertThat(dbs.get(0).tables()).containsExactly("orders", "users");
        assertThat(dbs.get(0).count("SELECT count(*) FROM users")).isEqualTo(1);
        assertThat(dbs.get(6).tables()).containsExactly("users");

        Result again = cli("check", "--continue-on-error", "--json");
        assertThat(again.code()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(again.out());
        assertThat(json.get("targets")).hasSize(51);
        assertThat(json.get("counts").get("in sync").asInt()).isEqualTo(49);
        assertThat(json.get("counts").get("differences").asInt()).isEqualTo(1);
        assertThat(json.get("targets").get(6).get("status").asText()).isEqualTo("differences");
        assertThat(json.get("targets").get(50).get("error").asText()).contains("database does not exist");
    }

    @Test
    void stopsAtTheFirstFailureAndCanaryStopsTheRest() throws Exception {
        Files.writeString(dir.resolve("targets.txt"), "sqlite:" + dir.resolve("missing/gone.db") + "\n"
                + Files.readString(dir.resolve("targets.txt")).replace("sqlite:" + dir.resolve("missing/gone.db") + "\n", ""));
        Result canary = cli("apply", "--auto", "--no-backup", "--canary", "5");
        assertThat(canary.code()).isEqualTo(1);
        assertThat(canary.out()).containsPattern("4  applied").containsPattern("46  skipped").containsPattern("1  failed");
        assertThat(dbs.get(10).tables()).containsExactly("users");
    }

    @Test
    void backupsPerTargetAndResumeLeavesDoneTargetsAlone() throws Exception {
        Result apply = cli("apply", "--auto", "--continue-on-error", "--backup-dir", "bk");
        assertThat(apply.code()).isEqualTo(1);
        try (var s = Files.walk(dir.resolve("bk"))) {
            assertThat(s.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".db")).count()).isEqualTo(49);
        }
        dbs.get(6).run("DELETE FROM users WHERE email IS NULL");
        Result resumed = cli("apply", "--auto", "--continue-on-error", "--no-backup", "--resume");
        assertThat(resumed.code()).isEqualTo(1);
        assertThat(resumed.out()).contains("(49 done by an earlier run, not run again)").containsPattern("50  applied");
        List<String> state = Files.readAllLines(dir.resolve(".syncdb/fleet-apply.state"));
        assertThat(state.stream().filter(l -> l.contains("\tAPPLIED\t")).count()).isEqualTo(50);
        Result other = CliRunner.run(dir, Map.of("DATA", dir.toString()), "apply", "--auto", "--resume", "--targets",
                "targets.txt", "--schema", "other.sql");
        assertThat(other.code()).isEqualTo(1);
    }
}
