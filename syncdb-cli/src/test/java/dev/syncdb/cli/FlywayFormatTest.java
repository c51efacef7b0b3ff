package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code migrate generate --format flyway}: Flyway itself (flyway-core, Community) runs the files
 * as they are, twice in a row, and syncdb then finds the database in sync; the down files are
 * skipped by Flyway; a migration that must run outside a transaction carries its {@code .sql.conf}.
 */
class FlywayFormatTest {
    @TempDir
    Path dir;

    private Result cli(Map<String, String> env, String... args) {
        Result r = CliRunner.run(dir, env, args);
        System.out.println("$ syncdb " + String.join(" ", args) + "\n" + r.out() + r.err() + "(exit " + r.code() + ")");
        return r;
    }

    private MigrateResult flyway(String jdbcUrl, String user) {
        return Flyway.configure().dataSource(jdbcUrl, user, null)
                .locations("filesystem:" + dir.resolve("migrations")).load().migrate();
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(dir.resolve("migrations"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void flywayRunsTwoGenerationsOnSqlite() throws Exception {
        SqliteDb db = new SqliteDb(dir.resolve("app.db"));
        Map<String, String> env = Map.of("DATABASE_URL", db.url());
        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n");
        Result first = cli(env, "migrate", "generate", "--format", "flyway", "-m", "create users", "--schema", "schema.sql");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(files()).hasSize(2).allMatch(f -> f.matches("[VU]\\d{14}__create_users\\.sql"));
        MigrateResult run1 = flyway("jdbc:sqlite:" + db.file(), null);
        assertThat(run1.migrationsExecuted).as("the up file ran, the U file was skipped").isEqualTo(1);
        assertThat(cli(env, "check", "--schema", "schema.sql").code()).isZero();

        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT);\n"
                + "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id));\n"
                + "CREATE INDEX orders_user ON orders (user_id);\n");
        Result second = cli(env, "migrate", "generate", "--format", "flyway", "-m", "add orders", "--schema", "schema.sql");
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(files()).hasSize(4);
        MigrateResult run2 = flyway("jdbc:sqlite:" + db.file(), null);
        assertThat(run2.migrationsExecuted).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM flyway_schema_history WHERE success")).isEqualTo(2);
        assertThat(db.tables()).doesNotContain("syncdb_history");
        assertThat(cli(env, "status", "--no-color").out()).as("files Flyway ran count as applied")
                .contains("2 applied, 0 pending");
        Result check = cli(env, "check", "--schema", "schema.sql");
        assertThat(check.code()).as(check.out()).isZero();
    }

    @Test
    void aMigrationOutsideATransactionCarriesItsScriptConfigOnPostgres() throws Exception {
        PgServer pg = PgServers.embedded();
        String db = pg.freshDatabase();
        try {
            Map<String, String> env = Map.of("DATABASE_URL", pg.url(db));
            String functions = "CREATE FUNCTION is_ok(x mood) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT x = 'ok' $$;\n"
                    + "CREATE FUNCTION greeting() RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'Hello ${name}; bye'::text $$;\n";
            Files.writeString(dir.resolve("schema.sql"), "CREATE TYPE mood AS ENUM ('ok', 'sad');\n" + functions
                    + "CREATE TABLE notes (id integer PRIMARY KEY, body text NOT NULL, m mood NOT NULL DEFAULT 'ok');\n");
            assertThat(cli(env, "migrate", "generate", "--format", "flyway", "-m", "notes", "--schema", "schema.sql").code()).isZero();
            String conf1 = files().stream().filter(f -> f.startsWith("V") && f.endsWith(".conf")).findFirst().orElseThrow();
            assertThat(Files.readString(dir.resolve("migrations").resolve(conf1))).as("a ${ in a function body is no placeholder")
                    .isEqualTo("placeholderReplacement=false\n");
            assertThat(flyway(pg.jdbcUrl(db), "postgres").migrationsExecuted).isEqualTo(1);

            Files.writeString(dir.resolve("schema.sql"), "CREATE TYPE mood AS ENUM ('ok', 'happy', 'sad');\n" + functions
                    + "CREATE TABLE notes (id integer PRIMARY KEY, body text NOT NULL, m mood NOT NULL DEFAULT 'happy');\n");
            Result second = cli(env, "migrate", "generate", "--format", "flyway", "-m", "happy notes", "--schema", "schema.sql");
            assertThat(second.code()).as(second.err()).isZero();
            String conf = files().stream().filter(f -> f.startsWith("V") && f.endsWith("__happy_notes.sql.conf")).findFirst().orElseThrow();
            assertThat(Files.readString(dir.resolve("migrations").resolve(conf))).isEqualTo("executeInTransaction=false\n");
            assertThat(flyway(pg.jdbcUrl(db), "postgres").migrationsExecuted).isEqualTo(1);
            Result check = cli(env, "check", "--schema", "schema.sql");
            assertThat(check.code()).as(check.out()).isZero();
            try (Connection c = pg.connect(db); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT count(*) FROM flyway_schema_history WHERE success")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
        } finally {
            pg.dropDatabase(db);
        }
    }
}
