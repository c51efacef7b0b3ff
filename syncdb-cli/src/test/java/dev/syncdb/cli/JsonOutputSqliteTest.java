package dev.syncdb.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syncdb.cli.CliRunner.Result;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command with {@code --json} run for real on a SQLite file: standard output is exactly one
 * JSON document, valid against its schema in docs/json, and the exit code is the one the same run
 * has without {@code --json}; failures print the error document.
 */
class JsonOutputSqliteTest {
    static final String CUSTOMERS = "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n";
    static final String ORDERS = "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (id));\n";
    static final String TAGS = "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);\n";

    @TempDir
    Path dir;

    final JsonSchemas schemas = new JsonSchemas();

    /** An empty database file (plan and check need one to exist). */
    @BeforeEach
    void emptyDatabase() throws SQLException {
        use("app.db");
    }

    /** Makes the commands work on the database file {@code name} (created empty if need be). */
    private void use(String name) throws SQLException {
        database = name;
        DriverManager.getConnection("jdbc:sqlite:" + db()).close();
    }

    private String database;

    private Path db() {
        return dir.resolve(database).toAbsolutePath();
    }

    private Result cli(String... args) {
        return CliRunner.run(dir, Map.of("DATABASE_URL", "sqlite://" + db()), args);
    }

    /** Runs {@code args}, checks the exit code and returns the document, validated against {@code schema}. */
    private JsonNode json(String schema, int exit, String... args) {
        Result r = cli(args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.out() + r.err()).isEqualTo(exit);
        return schemas.validate(schema, r.out());
    }

    private void schema(String sql) throws IOException {
        Files.writeString(dir.resolve("schema.sql"), sql);
    }

    @Test
    void everyCommandPrintsOneDocumentValidAgainstItsSchema() throws Exception {
        schema(CUSTOMERS);
        assertThat(json("plan.schema.json", 0, "plan", "--json", "--schema", "schema.sql").get("steps")).hasSize(1);
        assertThat(json("plan.schema.json", 0, "plan", "--format", "json", "--schema", "schema.sql").get("inSync").asBoolean()).isFalse();
        json("check.schema.json", 2, "check", "--json", "--schema", "schema.sql");

        Result apply = cli("apply", "--auto", "--json", "--schema", "schema.sql");
        JsonNode applied = schemas.validate("apply.schema.json", apply.out());
        assertThat(applied.get("outcome").asText()).isEqualTo("applied");
        assertThat(applied.get("backup").get("file").asText()).startsWith("backups/");
        assertThat(apply.err()).as("what the run says for people goes to stderr").contains("Backup: backups/");
        assertThat(json("apply.schema.json", 0, "--auto", "--json", "--schema", "schema.sql").get("outcome").asText())
                .isEqualTo("nothing_to_do");
        json("check.schema.json", 0, "--check-only", "--json", "--schema", "schema.sql");
        json("status.schema.json", 0, "status", "--json", "--require", "customers");
        JsonNode verify = json("verify.schema.json", 1, "verify", "--json", "--schema", "schema.sql", "--require", "customers,invoices");
        assertThat(verify.get("requiredPresent").asBoolean()).isFalse();
        assertThat(verify.get("matches").asBoolean()).isTrue();
        json("verify.schema.json", 0, "verify", "--json", "--require", "customers");

        schema(CUSTOMERS + ORDERS);
        assertThat(json("create-tables.schema.json", 0, "create-tables", "--json", "--schema", "schema.sql").get("created"))
                .extracting(JsonNode::asText).containsExactly("orders");
        Result copy = cli("backup", "--out", "copy.db", "--json");
        assertThat(schemas.validate("backup.schema.json", copy.out()).get("backup").get("tables").asInt()).isEqualTo(2);
        assertShowsStdout("json-backup", copy, "backup", "--out", "copy.db", "--json");
        Result refused = cli("restore", "copy.db", "--json");
        assertThat(refused.code()).isEqualTo(3);
        assertShowsStdout("json-error", refused, "restore", "copy.db", "--json");
        json("backup.schema.json", 0, "backup", "--json");
        assertThat(json("restore.schema.json", 0, "restore", "copy.db", "--json", "--confirm", "RESTORE").get("rowCounts")
                .has("orders")).isTrue();
        Files.writeString(dir.resolve("seed.sql"), "INSERT INTO customers (id, name) VALUES (1, 'Ada');\n");
        JsonNode recreated = json("recreate.schema.json", 0, "--force-recreate", "--confirm", "DELETE ALL DATA", "--json",
                "--schema", "schema.sql", "--seed", "seed.sql");
        assertThat(recreated.get("created")).extracting(JsonNode::asText).containsExactlyInAnyOrder("customers", "orders");
        assertThat(recreated.get("seedStatements").asInt()).isEqualTo(1);
        assertThat(json("diagram.schema.json", 0, "diagram", "--json").get("text").asText()).startsWith("erDiagram");
        JsonNode svg = json("diagram.schema.json", 0, "diagram", "--json", "--format", "svg", "--out", "db.svg");
        assertThat(svg.get("text").isNull()).isTrue();
        assertThat(dir.resolve("db.svg")).isNotEmptyFile();

        migrations();
        helpAndVersion();
        java.util.Set<String> documents = new java.util.TreeSet<>(schemas.documents());
        documents.remove("error.schema.json"); // aFailureIsAnErrorDocumentWithTheSameExitCode
        assertThat(schemas.used()).as("every document schema in docs/json is checked against a real run").isEqualTo(documents);
    }

    /** {@code --help} and {@code --version} with {@code --json}: a document holding what each prints alone. */
    private void helpAndVersion() {
        Result plainVersion = cli("--version");
        assertThat(plainVersion.out()).startsWith("syncdb ");
        assertThat(json("version.schema.json", 0, "--version", "--json").get("version").asText())
                .isEqualTo(plainVersion.out().strip().substring("syncdb ".length()));
        assertThat(json("version.schema.json", 0, "status", "--json", "-V").get("version").asText()).isNotBlank();

        JsonNode plan = json("help.schema.json", 0, "plan", "--help", "--json");
        assertThat(plan.get("command").asText()).isEqualTo("syncdb plan");
        assertThat(plan.get("usage").asText()).isEqualTo(cli("plan", "--help").out()).contains("--schema");
        assertThat(json("help.schema.json", 0, "check", "--format", "json", "-h").get("command").asText()).isEqualTo("syncdb check");
        JsonNode root = json("help.schema.json", 0, "--json", "--help");
        assertThat(root.get("command").asText()).isEqualTo("syncdb");
        assertThat(root.get("usage").asText()).isEqualTo(cli("--help").out());
    }

    private void migrations() throws IOException, SQLException {
        use("migrated.db");
        schema(CUSTOMERS + ORDERS + TAGS);
        JsonNode generated = json("generate.schema.json", 0, "migrate", "generate", "-m", "tags", "--json", "--schema", "schema.sql");
        assertThat(generated.get("files")).hasSize(2);
        json("current.schema.json", 0, "current", "--json");
        assertThat(json("migration-run.schema.json", 0, "upgrade", "--sql", "--json").get("sql").asText()).contains("CREATE TABLE");
        Result up = cli("upgrade", "--json");
        assertThat(schemas.validate("migration-run.schema.json", up.out()).get("ran")).hasSize(1);
        assertThat(up.err()).contains("Backup: ");
        JsonNode nothing = json("generate.schema.json", 0, "migrate", "generate", "-m", "same", "--json", "--schema", "schema.sql");
        assertThat(nothing.get("written").asBoolean()).isFalse();
        assertThat(nothing.get("version").isNull()).isTrue();
        json("current.schema.json", 0, "current", "--json");
        json("history.schema.json", 0, "history", "--json");
        json("show.schema.json", 0, "show", "head", "--json");
        json("migration-run.schema.json", 0, "stamp", "head", "--json");
        assertThat(json("check.schema.json", 0, "check", "--json", "--schema", "schema.sql").get("migrations").get("clean")
                .asBoolean()).isTrue();
        json("migration-run.schema.json", 0, "migrate", "downgrade", "-1", "--json", "--no-backup");
        json("repair.schema.json", 0, "repair", "--json");
    }

    @Test
    void aDeclinedApplyAsksOnTheTerminalAndReportsDeclined() throws Exception {
        schema(CUSTOMERS);
        CliRunner.ScriptedPrompt no = new CliRunner.ScriptedPrompt("n");
        Result r = CliRunner.run(dir, Map.of("DATABASE_URL", "sqlite://" + db()), no, "apply", "--json", "--schema", "schema.sql");
        assertThat(r.code()).isEqualTo(1);
        assertThat(schemas.validate("apply.schema.json", r.out()).get("outcome").asText()).isEqualTo("declined");
        assertThat(no.questions).containsExactly("Apply 1 step? [y/N] ");
        assertThat(r.err()).as("the plan shown before the question").contains("create table customers");
    }

    @Test
    void stampFromFlywayReportsWhatItAdopted() throws Exception {
        Path flyway = Files.createDirectories(dir.resolve("db/migration"));
        Files.writeString(flyway.resolve("V1__customers.sql"), CUSTOMERS);
        Flyway.configure().dataSource("jdbc:sqlite:" + db(), null, null)
                .locations("filesystem:" + flyway).load().migrate();
        JsonNode adopted = json("migration-run.schema.json", 0, "stamp", "--from", "flyway", "--json");
        assertThat(adopted.get("adopted").get("tool").asText()).isEqualTo("flyway");
        assertThat(adopted.get("baseline").asText()).startsWith("migrations/V");
    }

    @Test
    void aFailureIsAnErrorDocumentWithTheSameExitCode() throws Exception {
        schema(CUSTOMERS);
        assertError(1, "error", "syncdb plan", "plan", "--schema", "missing.sql");
        assertError(1, "error", "syncdb apply", "apply", "--schema", "schema.sql");
        assertError(1, "usage", "syncdb upgrade", "upgrade", "--no-such-option");
        assertThat(cli("apply", "--auto", "--schema", "schema.sql").code()).isZero();
        cli("backup", "--out", "copy.db");
        assertError(3, "refused", "syncdb restore", "restore", "copy.db");
        assertError(3, "refused", "syncdb", "--force-recreate", "--schema", "schema.sql");
        JsonNode e = assertError(1, "error", "syncdb check", "check", "--url", "postgresql://app:s3cret-pw@127.0.0.1:1/app",
                "--schema", "schema.sql");
        assertThat(e.get("message").asText()).contains("app:***@127.0.0.1").doesNotContain("s3cret-pw");
    }

    /** The README block {@code name} is {@code $ syncdb ARGS} and what the run printed on standard output. */
    private void assertShowsStdout(String name, Result r, String... args) {
        List<String> lines = new java.util.ArrayList<>(List.of("$ syncdb " + String.join(" ", args)));
        lines.addAll(r.out().lines().toList());
        ReadmeOutput.assertShows(name, lines, new dev.syncdb.testkit.readme.Normalize().replacing("sqlite://" + db(), "sqlite:app.db")
                .replacing("sqlite:" + db(), "sqlite:app.db").replacing(dir + "/", ""));
    }

    /** The run fails the same way with and without --json; with it, stdout is the error document. */
    private JsonNode assertError(int exit, String kind, String command, String... args) {
        Result text = cli(args);
        assertThat(text.code()).as(text.err()).isEqualTo(exit);
        String[] withJson = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--json"))
                .toArray(String[]::new);
        Result r = cli(withJson);
        assertThat(r.code()).isEqualTo(exit);
        JsonNode e = schemas.validate("error.schema.json", r.out()).get("error");
        assertThat(e.get("exitCode").asInt()).isEqualTo(exit);
        assertThat(e.get("kind").asText()).isEqualTo(kind);
        assertThat(e.get("command").asText()).isEqualTo(command);
        assertThat(r.err()).as("the same line on stderr").contains("error: " + e.get("message").asText());
        return e;
    }

    @Test
    void theSchemasRejectADocumentThatBreaksThem() throws Exception {
        schema(CUSTOMERS);
        String plan = cli("plan", "--json", "--schema", "schema.sql").out();
        schemas.validate("plan.schema.json", plan);
        String renamed = plan.replace("\"inSync\"", "\"in_sync\"");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> schemas.validate("plan.schema.json", renamed))
                .isInstanceOf(AssertionError.class).hasMessageContaining("in_sync");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> schemas.validate("plan.schema.json", plan + plan))
                .isInstanceOf(AssertionError.class).hasMessageContaining("not exactly one JSON document");
    }
}
