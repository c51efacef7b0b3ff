package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wrong password against real PostgreSQL. The embedded server trusts every local connection, so
 * this class makes it ask role {@code syncdb_app} for its password (pg_hba.conf rewritten and
 * reloaded; the test role {@code postgres} stays trusted) and trusts everyone again afterwards.
 */
class PostgresAuthTest {
    private static final String ROLE = "syncdb_app";
    private static PgServer pg;
    private static String db;

    @TempDir
    Path dir;

    @BeforeAll
    static void requirePasswords() {
        pg = PgServers.embedded();
        db = pg.freshDatabase();
        pg.run("postgres", "CREATE ROLE " + ROLE + " LOGIN CREATEDB PASSWORD 'right-pw'");
        writeHba("'local all all trust', 'host all postgres 127.0.0.1/32 trust', 'host all postgres ::1/128 trust', "
                + "'host all all 127.0.0.1/32 scram-sha-256', 'host all all ::1/128 scram-sha-256'");
    }

    @AfterAll
    static void trustAgain() {
        writeHba("'local all all trust', 'host all all 127.0.0.1/32 trust', 'host all all ::1/128 trust'");
        pg.dropDatabase(db);
        pg.run("postgres", "DROP ROLE IF EXISTS " + ROLE);
    }

    private static void writeHba(String lines) {
        pg.run("postgres", "DO $$ BEGIN EXECUTE format('COPY (SELECT unnest(ARRAY[" + lines.replace("'", "''")
                + "])) TO %L', current_setting('hba_file')); PERFORM pg_reload_conf(); END $$");
    }

    private Result check(String password) throws IOException {
        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE t (id int);\n");
        String url = pg.url(db).replace("postgresql://postgres@", "postgresql://" + ROLE + ":" + password + "@");
        return CliRunner.run(dir, Map.of(), "check", "--url", url, "--schema", "schema.sql");
    }

    @Test
    void wrongPasswordIsOneMaskedLineExitOne() throws IOException {
        Result r = check("wrong-pw");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).startsWith("error: cannot connect to postgresql://" + ROLE + ":***@")
                .contains("password authentication failed").doesNotContain("wrong-pw");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void rightPasswordConnects() throws IOException {
        Result r = check("right-pw");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).contains("create table t").doesNotContain("right-pw");
    }
}
