package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.testkit.readme.Normalize;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A repeated {@code --schema-name}: two PostgreSQL schemas in one run; a clear error on SQLite. */
class NamespacesCliTest {
    static final String SCHEMA = """
            CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
            CREATE SCHEMA billing;
            CREATE TABLE billing.invoices (
              id bigint PRIMARY KEY,
              customer_id bigint NOT NULL REFERENCES customers (id)
            );
            """;

    /** The README's example: {@link #SCHEMA} with an enum type of the run's own schema used in billing. */
    static final String README_SCHEMA = """
            CREATE TYPE status AS ENUM ('open', 'paid');
            CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
            CREATE SCHEMA billing;
            CREATE TABLE billing.invoices (
              id bigint PRIMARY KEY,
              customer_id bigint NOT NULL REFERENCES customers (id),
              state status NOT NULL DEFAULT 'open'
            );
            """;

    @TempDir
    Path dir;

    @Test
    void planApplyCheckTwoSchemas() throws Exception {
        PgServer pg = PgServers.embedded();
        String db = pg.freshDatabase();
        try {
            pg.run(db, "CREATE SCHEMA app");
            Files.writeString(dir.resolve("schema.sql"), README_SCHEMA);
            Map<String, String> env = Map.of("DATABASE_URL", pg.url(db));
            String[] names = {"--schema-name", "app", "--schema-name", "billing"};
            Normalize shown = ReadmeOutput.common(dir).replacing(pg.url(db), "postgresql://postgres@127.0.0.1:5432/shop");

            Transcript t = new Transcript(dir, env, "syncdb");
            Result plan = t.run(args("plan", names));
            assertThat(plan.code()).as(plan.out()).isZero();
            assertThat(plan.out()).contains("-- schema:  app, billing", "-- create schema billing", "CREATE SCHEMA billing;",
                    "-- create table billing.invoices", "CREATE TABLE billing.invoices", "REFERENCES customers (id)",
                    "-- 4 steps, 0 destructive");
            ReadmeOutput.assertShows("schemas-plan", t.lines(), shown);
            Files.writeString(dir.resolve("plan.txt"), plan.out());

            Result apply = CliRunner.run(dir, env, args("apply", names, "--auto"));
            assertThat(apply.code()).as(apply.err()).isZero();
            assertThat(apply.out()).contains("verified: the database matches the desired schema.");

            Result check = CliRunner.run(dir, env, args("check", names));
            assertThat(check.code()).as(check.out() + check.err()).isZero();
            try (Connection c = pg.connect(db); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT count(*) FROM pg_tables WHERE schemaname = 'billing' AND tablename = 'invoices'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }

            Files.writeString(dir.resolve("schema.sql"), README_SCHEMA.substring(0, README_SCHEMA.indexOf("CREATE SCHEMA")));
            Transcript gone = new Transcript(dir, env, "syncdb");
            Result refused = gone.output(CliRunner.run(dir, env, args("apply", names, "--auto")));
            assertThat(refused.code()).isEqualTo(3);
            ReadmeOutput.assertShows("schemas-drop-refused", gone.lines(), shown);
        } finally {
            pg.dropDatabase(db);
        }
    }

    /** The run's own schema missing from the database: the plan creates it first, with a backup of nothing before it. */
    @Test
    void aMissingOwnSchemaIsCreatedFirst() throws Exception {
        PgServer pg = PgServers.embedded();
        String db = pg.freshDatabase();
        try {
            Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE items (id bigint PRIMARY KEY, name text);\n");
            Map<String, String> env = Map.of("DATABASE_URL", pg.url(db));
            Result apply = CliRunner.run(dir, env, "apply", "--auto", "--schema-name", "shop", "--schema", "schema.sql");
            assertThat(apply.code()).as(apply.err()).isZero();
            assertThat(apply.out()).contains("-- create schema shop", "CREATE SCHEMA shop;", "-- 2 steps, 0 destructive",
                    "verified: the database matches the desired schema.");
            assertThat(apply.out().indexOf("CREATE SCHEMA shop;")).isLessThan(apply.out().indexOf("CREATE TABLE items"));
            assertThat(apply.out()).contains("0 tables, 0 rows");
            Result again = CliRunner.run(dir, env, "check", "--schema-name", "shop", "--schema", "schema.sql");
            assertThat(again.code()).as(again.out() + again.err()).isZero();
            assertThat(again.out()).contains("In sync");
            try (Connection c = pg.connect(db); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT count(*) FROM pg_tables WHERE schemaname = 'shop' AND tablename = 'items'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        } finally {
            pg.dropDatabase(db);
        }
    }

    /**
     * {@code --all-schemas}: the schemas the desired files create are managed beside the default
     * one; when a file stops creating one, that schema is no longer managed (never dropped).
     */
    @Test
    void allSchemasManagesTheSchemasTheFilesCreate() throws Exception {
        PgServer pg = PgServers.embedded();
        String db = pg.freshDatabase();
        try {
            Files.writeString(dir.resolve("schema.sql"), SCHEMA + "CREATE SCHEMA audit;\nCREATE TABLE audit.events (id bigint PRIMARY KEY);\n");
            Map<String, String> env = Map.of("DATABASE_URL", pg.url(db));

            Result apply = CliRunner.run(dir, env, "apply", "--auto", "--all-schemas", "--schema", "schema.sql");
            assertThat(apply.code()).as(apply.err()).isZero();
            assertThat(apply.out()).contains("CREATE TABLE billing.invoices", "CREATE TABLE audit.events",
                    "verified: the database matches the desired schema.");
            Result check = CliRunner.run(dir, env, "check", "--all-schemas", "--schema", "schema.sql");
            assertThat(check.code()).as(check.out() + check.err()).isZero();
            assertThat(check.out()).contains("schema public, billing, audit");

            Files.writeString(dir.resolve("schema.sql"), SCHEMA);
            Result fewer = CliRunner.run(dir, env, "check", "--all-schemas", "--schema", "schema.sql");
            assertThat(fewer.code()).as(fewer.out() + fewer.err()).isZero();
            try (Connection c = pg.connect(db); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT count(*) FROM pg_tables WHERE schemaname IN ('billing', 'audit')")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }

            Result noFiles = CliRunner.run(dir, env, "check", "--all-schemas", "--desired-url", pg.url(db));
            assertThat(noFiles.code()).isEqualTo(1);
            assertThat(noFiles.err().strip()).isEqualTo("error: --all-schemas reads the schemas the --schema files create; give --schema");
        } finally {
            pg.dropDatabase(db);
        }
    }

    /** {@code schema-name:} in syncdb.yaml as a list manages the same schemas as the repeated option, backup and restore included. */
    @Test
    void yamlListOfSchemaNames() throws Exception {
        PgServer pg = PgServers.embedded();
        String db = pg.freshDatabase();
        try {
            pg.run(db, "CREATE SCHEMA app");
            Files.writeString(dir.resolve("schema.sql"), SCHEMA);
            Files.writeString(dir.resolve("syncdb.yaml"), "schema: schema.sql\nschema-name:\n  - app\n  - billing\n");
            Map<String, String> env = Map.of("DATABASE_URL", pg.url(db));

            Result apply = CliRunner.run(dir, env, "apply", "--auto");
            assertThat(apply.code()).as(apply.err()).isZero();
            assertThat(apply.out()).contains("CREATE TABLE billing.invoices", "verified: the database matches the desired schema.");
            Result check = CliRunner.run(dir, env, "check");
            assertThat(check.code()).as(check.out() + check.err()).isZero();
            pg.run(db, "INSERT INTO app.customers VALUES (1, 'ada'); INSERT INTO billing.invoices VALUES (7, 1)");

            Result backup = CliRunner.run(dir, env, "backup", "--out", "both.dump");
            assertThat(backup.code()).as(backup.err()).isZero();
            assertThat(backup.err()).doesNotContain("only");
            pg.run(db, "DROP SCHEMA billing CASCADE; DELETE FROM app.customers");
            Result restore = CliRunner.run(dir, env, "restore", "both.dump", "--confirm", "RESTORE");
            assertThat(restore.code()).as(restore.out() + restore.err()).isZero();
            try (Connection c = pg.connect(db); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT (SELECT count(*) FROM app.customers) + (SELECT count(*) FROM billing.invoices WHERE customer_id = 1)")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
        } finally {
            pg.dropDatabase(db);
        }
    }

    @Test
    void sqliteRefusesSeveralSchemaNames() throws Exception {
        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE t (id integer PRIMARY KEY);\n");
        Result r = CliRunner.run(dir, Map.of("DATABASE_URL", "sqlite:" + dir.resolve("x.db")),
                "plan", "--schema", "schema.sql", "--schema-name", "main", "--schema-name", "other");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("error: sqlite manages one schema per run; --schema-name or schema-name: names 2 (main, other)");
    }

    private static String[] args(String command, String[] names, String... more) {
        String[] out = new String[3 + names.length + more.length];
        out[0] = command;
        out[1] = "--schema";
        out[2] = "schema.sql";
        System.arraycopy(names, 0, out, 3, names.length);
        System.arraycopy(more, 0, out, 3 + names.length, more.length);
        return out;
    }
}
