package dev.syncdb.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syncdb.cli.CliRunner.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code status} and {@code verify} on SQLite: ✅/❌ per required table, migrations, JSON, exit codes. */
class StatusVerifySqliteTest {
    static final String SCHEMA = "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n"
            + "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id));\n";

    @TempDir
    Path dir;
    SqliteDb db;
    Map<String, String> env;

    @BeforeEach
    void setUp() throws Exception {
        db = new SqliteDb(dir.resolve("app.db"));
        db.run(SCHEMA);
        Files.writeString(dir.resolve("schema.sql"), SCHEMA);
        env = Map.of("DATABASE_URL", db.url());
    }

    private Result cli(String... args) {
        return CliRunner.run(dir, env, args);
    }

    @Test
    void statusShowsConnectionTablesMigrationsAndRequiredTables() throws Exception {
        Result plain = cli("status", "--no-color");
        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(plain.out()).contains("✅ connected to sqlite:", "(SQLite 3.", "Tables (2): orders, users",
                "Migrations: none (no migrations directory, no history table)").doesNotContain("Required");

        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/V1__init.sql"), "CREATE TABLE t (id INTEGER);\n");
        Result required = cli("status", "--require", "users,audit_log", "--no-color");
        assertThat(required.code()).isEqualTo(1);
        assertThat(required.out()).contains("Migrations: at base, 0 applied, 1 pending (V1__init.sql)",
                "Required tables:", "  ✅ users", "  ❌ audit_log (missing)");

        Result json = cli("status", "--json", "--require", "users");
        assertThat(json.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("serverVersion").asText()).startsWith("SQLite 3.");
        assertThat(root.get("tables")).hasSize(2);
        assertThat(root.at("/migrations/current").asText()).isEqualTo("base");
        assertThat(root.at("/migrations/pending/0").asText()).isEqualTo("V1__init.sql");
        assertThat(root.at("/required/0/table").asText()).isEqualTo("users");
        assertThat(root.at("/required/0/present").asBoolean()).isTrue();
        assertThat(root.get("requiredPresent").asBoolean()).isTrue();
    }

    @Test
    void verifyChecksTheRequiredTablesAndTheDesiredSchema() throws Exception {
        Result ok = cli("verify", "--schema", "schema.sql", "--require", "users,orders", "--no-color");
        assertThat(ok.code()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("✅ users", "✅ orders", "✅ the database matches ");

        Result missing = cli("verify", "--require", "users,payments", "--no-color");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.out()).contains("✅ users", "❌ payments (missing)", "Missing: payments")
                .doesNotContain("matches");

        Files.writeString(dir.resolve("v2.sql"), SCHEMA + "CREATE TABLE payments (id INTEGER PRIMARY KEY);\n");
        Result differs = cli("verify", "--schema", "v2.sql", "--require", "users", "--no-color");
        assertThat(differs.code()).isEqualTo(2);
        assertThat(differs.out()).contains("❌ the database differs from ", "1 difference", "create table payments");
    }

    @Test
    void theRequireListComesFromSyncdbYaml() throws Exception {
        Files.writeString(dir.resolve("syncdb.yaml"), "schema: schema.sql\nrequire:\n  - users\n  - invoices\n");
        Result verify = cli("verify", "--no-color");
        assertThat(verify.code()).isEqualTo(1);
        assertThat(verify.out()).contains("✅ users", "❌ invoices (missing)", "✅ the database matches ");
        Result status = cli("status", "--no-color");
        assertThat(status.code()).isEqualTo(1);
        assertThat(status.out()).contains("❌ invoices (missing)");
        assertThat(cli("status", "--require", "orders").code()).as("the option replaces the file's list").isZero();
    }
}
