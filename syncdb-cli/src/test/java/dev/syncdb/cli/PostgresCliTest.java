package dev.syncdb.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.cli.CliRunner.ScriptedPrompt;
import dev.syncdb.cli.command.ApplyRun;
import dev.syncdb.cli.output.CheckText;
import dev.syncdb.cli.output.PlanText;
import dev.syncdb.cli.wizard.WizardConfirm;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** plan, check, apply and the root command end to end against a real PostgreSQL. */
class PostgresCliTest {
    static final String SCHEMA = """
            CREATE TABLE users (
              id bigint PRIMARY KEY,
              email text NOT NULL
            );
            CREATE TABLE orders (
              id bigint PRIMARY KEY,
              user_id bigint NOT NULL REFERENCES users (id),
              total numeric(10, 2)
            );
            """;

    @TempDir
    Path dir;
    PgServer pg;
    String db;
    String url;

    @BeforeEach
    void freshDatabase() throws IOException {
        pg = PgServers.embedded();
        db = pg.freshDatabase();
        url = pg.url(db);
        Files.writeString(dir.resolve("schema.sql"), SCHEMA);
    }

    @AfterEach
    void dropDatabase() {
        pg.dropDatabase(db);
    }

    private Result cli(String... args) {
        return CliRunner.run(dir, Map.of("DATABASE_URL", url), args);
    }

    List<String> tables() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = pg.connect(db); ResultSet rs = c.createStatement().executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void planPrintsCommentedSqlAndChangesNothing() throws SQLException {
        Result r = cli("plan", "--schema", "schema.sql");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("-- target:  postgresql://", "-- schema:  public", "-- desired: ",
                "-- create table users", "CREATE TABLE", "-- 2 steps, 0 destructive");
        assertThat(r.out().lines().filter(l -> l.startsWith("CREATE TABLE")).count()).isEqualTo(2);
        assertThat(tables()).isEmpty();
    }

    @Test
    void quietLeavesOnlyTheEssentials() {
        Result plan = cli("plan", "--quiet", "--schema", "schema.sql");
        assertThat(plan.code()).as(plan.err()).isZero();
        assertThat(plan.out()).startsWith("CREATE TABLE").doesNotContain("--");
        Result check = cli("check", "--quiet", "--schema", "schema.sql");
        assertThat(check.code()).isEqualTo(2);
        assertThat(check.out()).isEmpty();
    }

    @Test
    void checkApplyCheckPlanRoundTrip() throws SQLException {
        Result before = cli("check", "--schema", "schema.sql");
        assertThat(before.code()).as(before.err()).isEqualTo(2);
        assertThat(before.out()).contains("2 differences:", "  table users", "    create table users", "  table orders");

        Result apply = cli("apply", "--auto", "--schema", "schema.sql");
        assertThat(apply.code()).as(apply.err()).isZero();
        assertThat(apply.out()).contains("CREATE TABLE")
                .containsPattern("Applied 2 steps in \\d+ ms; verified: the database matches the desired schema.");
        assertThat(tables()).containsExactly("orders", "users");

        Result after = cli("check", "--schema", "schema.sql");
        assertThat(after.code()).as(after.err()).isZero();
        assertThat(after.out()).contains(CheckText.IN_SYNC);
        Result plan = cli("plan", "--schema", "schema.sql");
        assertThat(plan.code()).isZero();
        assertThat(plan.out()).contains("No changes: the database matches the desired schema.").doesNotContain("CREATE");
        Result again = cli("apply", "--auto", "--schema", "schema.sql");
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains(PlanText.NO_CHANGES).doesNotContain("Applied");
    }

    @Test
    void jsonPlanAndCheckAreMachineReadable() throws Exception {
        Result r = cli("plan", "--json", "--schema", "schema.sql");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("dialect").asText()).isEqualTo("postgresql");
        assertThat(json.get("schema").asText()).isEqualTo("public");
        assertThat(json.get("inSync").asBoolean()).isFalse();
        assertThat(json.get("target").asText()).startsWith("postgresql://");
        assertThat(json.get("serverVersion").asText()).isNotBlank();
        JsonNode step = json.get("steps").get(0);
        assertThat(step.get("comment").asText()).isNotBlank();
        assertThat(step.get("sql").get(0).asText()).startsWith("CREATE TABLE");
        assertThat(step.get("reverse").get(0).asText()).startsWith("DROP TABLE");
        assertThat(json.get("notices").isArray()).isTrue();

        Result check = cli("check", "--json", "--schema", "schema.sql");
        assertThat(check.code()).isEqualTo(2);
        assertThat(new ObjectMapper().readTree(check.out()).get("steps").size()).isEqualTo(2);
    }

    @Test
    void destructiveStepsAreRefusedWithExitThreeAndNothingDropped() throws Exception {
        pg.run(db, "CREATE TABLE keep_me (id int PRIMARY KEY); INSERT INTO keep_me VALUES (1)");
        Files.writeString(dir.resolve("empty.sql"), "-- nothing wanted\n");
        Result r = cli("apply", "--auto", "--schema", "empty.sql");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).startsWith("error: refused: ").contains("--allow-destructive");
        assertThat(r.out()).contains("-- hazard DL101", "DROP TABLE", "1 step, 1 destructive");
        assertThat(tables()).containsExactly("keep_me");

        Result allowed = cli("apply", "--auto", "--allow-destructive", "--schema", "empty.sql");
        assertThat(allowed.code()).as(allowed.err()).isZero();
        assertThat(tables()).isEmpty();
    }

    @Test
    void applyWithoutTerminalOrAutoShowsThePlanAndNeverWaits() throws SQLException {
        Result r = cli("apply", "--schema", "schema.sql");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("error: " + ApplyRun.NO_TERMINAL);
        assertThat(r.out()).contains("CREATE TABLE");
        assertThat(tables()).isEmpty();
    }

    @Test
    void applyAsksOnTheTerminal() throws SQLException {
        ScriptedPrompt no = new ScriptedPrompt("n");
        Result declined = CliRunner.run(dir, Map.of("DATABASE_URL", url), no, "apply", "--schema", "schema.sql");
        assertThat(no.questions).containsExactly("Apply 2 steps? [y/N] ");
        assertThat(declined.code()).isEqualTo(1);
        assertThat(declined.out()).contains("Cancelled: nothing was changed.");
        assertThat(tables()).isEmpty();

        ScriptedPrompt yes = new ScriptedPrompt("y");
        Result applied = CliRunner.run(dir, Map.of("DATABASE_URL", url), yes, "apply", "--schema", "schema.sql");
        assertThat(applied.code()).as(applied.err()).isZero();
        assertThat(applied.out()).contains("Applied 2 steps");
        assertThat(tables()).containsExactly("orders", "users");
    }

    @Test
    void rootCommandChecksWithoutTerminalAndAppliesWithAuto() throws Exception {
        Files.writeString(dir.resolve("syncdb.yaml"), "schema: schema.sql\n");
        Result plain = cli();
        assertThat(plain.code()).as(plain.err()).isEqualTo(2);
        assertThat(plain.out()).contains("2 differences:").doesNotContain("Step 1/");
        assertThat(cli("--check-only").code()).isEqualTo(2);

        ScriptedPrompt silent = new ScriptedPrompt();
        Result onTerminal = CliRunner.run(dir, Map.of("DATABASE_URL", url), silent, new String[0]);
        assertThat(onTerminal.code()).isEqualTo(1);
        assertThat(onTerminal.out()).contains("Step 1/8  Connection", "(PostgreSQL ", "create table orders",
                WizardConfirm.CANCELLED);
        assertThat(silent.questions).hasSize(3);
        assertThat(tables()).isEmpty();

        Result auto = cli("--auto");
        assertThat(auto.code()).as(auto.err()).isZero();
        assertThat(auto.out()).contains("Applied 2 steps");
        assertThat(cli("--check-only").code()).isZero();
        assertThat(tables()).containsExactly("orders", "users");
    }

    @Test
    void urlFromDotEnvAndPasswordNeverPrinted() throws IOException {
        // the embedded server trusts local connections, so any password connects
        String withPassword = url.replace("postgresql://postgres@", "postgresql://postgres:s3cretpw@");
        Files.writeString(dir.resolve(".env"), "export DATABASE_URL='" + withPassword + "'\n");
        Result r = CliRunner.run(dir, Map.of(), "plan", "--schema", "schema.sql");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("postgres:***@").doesNotContain("s3cretpw");
        Result json = CliRunner.run(dir, Map.of(), "check", "--json", "--schema", "schema.sql");
        assertThat(json.out()).contains("postgres:***@").doesNotContain("s3cretpw");
    }

    @Test
    void schemaSyntaxErrorNamesFileAndLineAndLeavesTargetAlone() throws Exception {
        pg.run(db, "CREATE TABLE existing (id int)");
        Files.writeString(dir.resolve("broken.sql"), "CREATE TABLE a (id int);\n\nCREATE TABLE b (id int,, x int);\n");
        Result r = cli("apply", "--auto", "--allow-destructive", "--schema", "broken.sql");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).startsWith("error: ").contains("broken.sql:3:").contains("syntax error");
        assertThat(tables()).containsExactly("existing");
    }

    @Test
    void unreachableHostFailsFastInOneLineWithoutThePassword() {
        long t0 = System.nanoTime();
        Result r = CliRunner.run(dir, Map.of(), "check", "--url", "postgresql://u:secret@127.0.0.1:1/db",
                "--schema", "schema.sql");
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        assertThat(r.code()).isEqualTo(1);
        assertThat(seconds).isLessThan(15);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).startsWith("error: cannot connect to postgresql://u:***@127.0.0.1:1/db")
                .doesNotContain("secret");
        assertThat(r.out()).isEmpty();
    }
}
