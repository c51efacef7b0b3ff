package dev.syncdb.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --json} on PostgreSQL with a password in the URL (the server trusts local connections, so
 * any password connects): the plan, the apply with its pg_dump backup, status and verify validate
 * against their schemas, and the password appears in no output.
 */
class JsonOutputPostgresTest {
    static final String PASSWORD = "pw-s3cret-json";
    static final String SCHEMA = """
            CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
            CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id), total numeric(10, 2));
            """;

    @TempDir
    Path dir;
    PgServer pg;
    String db;
    String url;
    final JsonSchemas schemas = new JsonSchemas();

    @BeforeEach
    void freshDatabase() throws Exception {
        pg = PgServers.embedded();
        db = pg.freshDatabase();
        url = pg.url(db).replaceFirst("^postgresql://([^:@]+)@", "postgresql://$1:" + PASSWORD + "@");
        Files.writeString(dir.resolve("schema.sql"), SCHEMA);
    }

    @AfterEach
    void dropDatabase() {
        pg.dropDatabase(db);
    }

    private JsonNode json(String schema, int exit, String... args) {
        Result r = CliRunner.run(dir, Map.of("DATABASE_URL", url), args);
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(exit);
        assertThat(r.out() + r.err()).doesNotContain(PASSWORD);
        return schemas.validate(schema, r.out());
    }

    @Test
    void planApplyStatusAndVerifyOnPostgres() {
        JsonNode plan = json("plan.schema.json", 0, "plan", "--json", "--schema", "schema.sql");
        assertThat(plan.get("target").asText()).contains(":***@").doesNotContain(PASSWORD);
        assertThat(plan.get("dialect").asText()).isEqualTo("postgresql");
        assertThat(plan.get("schema").asText()).isEqualTo("public");
        JsonNode applied = json("apply.schema.json", 0, "apply", "--auto", "--json", "--schema", "schema.sql");
        assertThat(applied.get("outcome").asText()).isEqualTo("applied");
        assertThat(applied.get("backup").get("file").asText()).startsWith("backups/");
        assertThat(applied.get("plan").get("steps").size()).isGreaterThanOrEqualTo(2);
        assertThat(json("status.schema.json", 0, "status", "--json").get("tables")).extracting(JsonNode::asText)
                .contains("users", "orders");
        assertThat(json("verify.schema.json", 0, "verify", "--json", "--schema", "schema.sql", "--require", "users")
                .get("matches").asBoolean()).isTrue();
        json("check.schema.json", 0, "check", "--json", "--schema", "schema.sql");
    }
}
