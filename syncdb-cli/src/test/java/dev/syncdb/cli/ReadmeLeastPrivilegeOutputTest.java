package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.testkit.readme.Normalize;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's "Least privilege" errors from the command line: a role that may only connect plans
 * nothing without {@code --dev-url}, and its apply stops with one part per missing privilege.
 */
class ReadmeLeastPrivilegeOutputTest {
    @TempDir
    Path dir;
    PgServer pg;
    String db;
    String role;

    @BeforeEach
    void readOnlyRole() throws Exception {
        pg = PgServers.embedded();
        db = pg.freshDatabase();
        role = "app_ro_" + db;
        pg.run(db, """
                CREATE TABLE accounts (id int PRIMARY KEY, name text);
                REVOKE CREATE ON SCHEMA public FROM PUBLIC;
                CREATE ROLE %1$s LOGIN;
                GRANT CONNECT ON DATABASE %2$s TO %1$s;
                """.formatted(role, db));
        Files.writeString(dir.resolve("schema.sql"), """
                CREATE TABLE accounts (id int PRIMARY KEY, name text, email text);
                CREATE TABLE orders (id int PRIMARY KEY, account_id int CONSTRAINT orders_account REFERENCES accounts (id));
                """);
    }

    @AfterEach
    void drop() {
        pg.dropDatabase(db);
        pg.run("postgres", "DROP ROLE IF EXISTS " + role);
    }

    @Test
    void withoutADevUrlAndOnApply() {
        String asRole = pg.url(db).replaceFirst("//[^@]+@", "//" + role + "@");
        Normalize n = new Normalize().replacing(asRole, "postgresql://app_ro@localhost:5432/shop")
                .replacing(role, "app_ro").replacing(db, "shop");
        Result plan = CliRunner.run(dir, Map.of(), "plan", "--url", asRole, "--schema", "schema.sql");
        assertThat(plan.code()).isEqualTo(1);
        ReadmeOutput.assertShows("least-privilege-dev-url", errors(plan), n);

        Result apply = CliRunner.run(dir, Map.of(), "apply", "--auto", "--no-backup", "--url", asRole, "--schema", "schema.sql",
                "--dev-url", pg.url("postgres"));
        assertThat(apply.code()).isEqualTo(1);
        ReadmeOutput.assertShows("least-privilege-apply", errors(apply), n);
    }

    private static List<String> errors(Result r) {
        return r.errLines().stream().filter(l -> !Transcript.PROGRESS.matcher(l).matches()).toList();
    }
}
