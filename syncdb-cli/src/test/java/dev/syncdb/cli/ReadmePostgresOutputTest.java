package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.testkit.readme.Normalize;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.syncdb.cli.ReadmeOutput.ROOT;
import static dev.syncdb.cli.ReadmeOutput.assertShows;
import static org.assertj.core.api.Assertions.assertThat;

/** The README's PostgreSQL transcripts (the tour, live-data checks, renames, JPA) on the embedded server. */
class ReadmePostgresOutputTest {
    @TempDir
    Path dir;

    Normalize common() {
        return ReadmeOutput.common(dir);
    }

    @Test
    void postgresTour() throws IOException {
        PgServer pg = PgServers.embedded();
        String db = pg.freshDatabase();
        try {
            String url = pg.url(db);
            Map<String, String> env = Map.of();
            Path v1 = ROOT.resolve("examples/postgres/v1.sql");
            Result setUp = CliRunner.run(ROOT, env, "apply", "--auto", "--no-backup", "--url", url, "--schema", v1.toString());
            assertThat(setUp.code()).as(setUp.err()).isZero();
            pg.run(db, "INSERT INTO legacy_export VALUES (1, 'a'), (2, 'b')");
            Normalize n = common().replacing(url, "postgresql://postgres@127.0.0.1:5432/syncdb_tour");
            String v2 = "examples/postgres/v2.sql";

            Transcript check = new Transcript(ROOT, env, "./syncdb");
            check.run("check", "--url", url, "--schema", v2);
            assertThat(check.last().code()).isEqualTo(2);
            assertShows("tour-check", check.lines(), n);

            Transcript plan = new Transcript(ROOT, env, "./syncdb");
            plan.output(CliRunner.run(ROOT, env, "plan", "--url", url, "--schema", v2));
            assertShows("tour-plan", plan.lines(), n);

            Transcript apply = new Transcript(ROOT, env, "./syncdb");
            apply.run("apply", "--auto", "--url", url, "--schema", v2);
            apply.echoExit();
            apply.run("apply", "--auto", "--allow-destructive", "--url", url, "--schema", v2, "--backup-dir", dir.toString());
            apply.run("plan", "--url", url, "--schema", v2);
            assertShows("tour-apply", apply.lines(), n.replacing(" --backup-dir " + dir, ""));
        } finally {
            pg.dropDatabase(db);
        }
    }

    @Test
    void liveDataChecks() throws IOException {
        PgServer pg = PgServers.embedded();
        String db = pg.freshDatabase();
        try {
            pg.run(db, "CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL, phone text, age text)");
            pg.run(db, "INSERT INTO users SELECT g, 'u' || g || '@example.com', '+4470000000' || g, (20 + g)::text"
                    + " FROM generate_series(1, 12) g");
            pg.run(db, "UPDATE users SET phone = NULL WHERE id IN (4, 9, 12)");
            pg.run(db, "UPDATE users SET age = 'unknown' WHERE id = 2; UPDATE users SET age = '29 years' WHERE id = 7");
            pg.run(db, "UPDATE users SET email = 'a@example.com' WHERE id IN (3, 5)");
            Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE users (id integer PRIMARY KEY,"
                    + " email text NOT NULL UNIQUE, phone text NOT NULL, age integer);\n");
            Map<String, String> env = Map.of("DATABASE_URL", pg.url(db));
            Transcript refused = new Transcript(dir, env, "./syncdb");
            refused.run("apply", "--auto", "--schema", "schema.sql");
            refused.echoExit();
            assertShows("preflight-refused", refused.lines(), common());

            pg.run(db, "UPDATE users SET email = 'a2@example.com' WHERE id = 5");
            Transcript fixed = new Transcript(dir, env, "./syncdb");
            fixed.run("apply", "--auto", "--no-backup", "--schema", "schema.sql", "--backfill", "users.phone='unknown'",
                    "--using", "users.age=NULLIF(regexp_replace(age, '[^0-9]', '', 'g'), '')::integer");
            assertThat(fixed.last().code()).isZero();
            assertShows("preflight-fixed", fixed.lines(), common());
        } finally {
            pg.dropDatabase(db);
        }
    }

    @Test
    void renames() throws IOException {
        PgServer pg = PgServers.embedded();
        String db = pg.freshDatabase();
        try {
            pg.run(db, "CREATE TABLE people (id serial PRIMARY KEY, mail varchar(50) NOT NULL UNIQUE, name text);"
                    + " CREATE TABLE orders (id serial PRIMARY KEY, person_id integer NOT NULL REFERENCES people (id));"
                    + " CREATE VIEW order_mails AS SELECT o.id, p.mail FROM orders o JOIN people p ON p.id = o.person_id;"
                    + " INSERT INTO people (mail, name) VALUES ('ada@example.com', 'Ada'), ('alan@example.com', 'Alan');"
                    + " INSERT INTO orders (person_id) VALUES (1), (2)");
            String plain = """
                    CREATE TABLE users (
                      id serial PRIMARY KEY,
                      email varchar(200) NOT NULL UNIQUE,
                      name text
                    );
                    CREATE TABLE orders (id serial PRIMARY KEY, person_id integer NOT NULL REFERENCES users (id));
                    CREATE VIEW order_mails AS SELECT o.id, u.email FROM orders o JOIN users u ON u.id = o.person_id;
                    """;
            Files.writeString(dir.resolve("schema.sql"), plain);
            Map<String, String> env = Map.of("DATABASE_URL", pg.url(db));
            Transcript t = new Transcript(dir, env, "syncdb");
            t.say("$ # schema.sql without the comments above");
            t.run("check", "--schema", "schema.sql");
            t.run("check", "--schema", "schema.sql", "--rename", "people=users");
            t.run("plan", "--schema", "schema.sql", "--rename", "people=users", "--rename", "users.mail=email");
            t.say("$ # schema.sql with the two comments");
            Files.writeString(dir.resolve("schema.sql"), "-- syncdb:rename people -> users\n"
                    + plain.replace("NOT NULL UNIQUE,", "NOT NULL UNIQUE,  -- syncdb:rename users.mail -> email"));
            t.run("apply", "--auto", "--no-backup", "--schema", "schema.sql");
            t.run("plan", "--schema", "schema.sql");
            t.run("check", "--schema", "schema.sql", "--rename", "ghost=users");
            t.echoExit();
            assertShows("renames", t.lines(), common());
        } finally {
            pg.dropDatabase(db);
        }
    }

    @Test
    void jpaShopOnPostgres() {
        PgServer pg = PgServers.embedded();
        String db = pg.freshDatabase();
        try {
            String url = pg.url(db);
            String v1 = "examples/jpa-shop/target/v1/classes";
            String v2 = "examples/jpa-shop/target/v2/classes";
            Result setUp = CliRunner.run(ROOT, Map.of(), "apply", "--auto", "--no-backup", "--url", url,
                    "--entities", "com.example.shop", "--classpath", v1);
            assertThat(setUp.code()).as(setUp.err()).isZero();
            pg.run(db, "CREATE TABLE legacy_report (id integer PRIMARY KEY, body text)");
            Transcript t = new Transcript(ROOT, Map.of(), "./syncdb");
            t.run("check", "--url", url, "--entities", "com.example.shop", "--classpath", v2);
            t.run("plan", "--url", url, "--entities", "com.example.shop", "--classpath", v2);
            assertShows("jpa-postgres", t.lines(), common().replacing(url, "postgresql://postgres@127.0.0.1:5432/shop"));
            Transcript naming = new Transcript(ROOT, Map.of(), "./syncdb");
            naming.run("check", "--url", url, "--entities", "com.example.shop", "--classpath", v2, "--naming", "jpa");
            assertShows("jpa-naming", naming.lines(), common());
        } finally {
            pg.dropDatabase(db);
        }
    }
}
