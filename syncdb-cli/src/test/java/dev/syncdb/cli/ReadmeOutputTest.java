package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.cli.readme.Normalize;
import dev.syncdb.cli.readme.OutputMatch;
import dev.syncdb.cli.readme.ReadmeBlocks;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's real-output blocks (marked {@code <!-- output: NAME -->}) are what the commands print
 * today: each test runs the commands a block shows, on the databases it names, and compares.
 */
class ReadmeOutputTest {
    static final Path ROOT = ReadmeBlocks.readme(Path.of("")).getParent();
    static ReadmeBlocks readme;

    @TempDir
    Path dir;

    @BeforeAll
    static void read() {
        readme = ReadmeBlocks.read(ROOT.resolve("README.md"));
    }

    static void assertShows(String block, List<String> output, Normalize normalize) {
        String mismatch = OutputMatch.mismatch(readme.block(block), output, normalize);
        if (mismatch != null) {
            writeActual(block, output, normalize);
        }
        assertThat(mismatch).as("README block '" + block + "'").isNull();
    }

    /** On a mismatch, the real output as the README would show it, in target/readme-output/NAME.txt. */
    static void writeActual(String block, List<String> output, Normalize normalize) {
        try {
            Path out = Files.createDirectories(Path.of("target", "readme-output")).resolve(block + ".txt");
            Files.write(out, output.stream().map(normalize::shown).toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    Normalize common() {
        return new Normalize().replacing("(lock file " + dir, "(lock file /tmp/mdemo")
                .replacing("sqlite:" + dir + "/", "sqlite:").replacing(ROOT + "/", "")
                .replacing(dir + "/", "").replacing(dir.toString(), "/tmp/mdemo")
                .replacing(" by " + System.getProperty("user.name"), " by root")
                .replacing("  " + System.getProperty("user.name") + "  ", "  root  ");
    }

    @Test
    void theMarkedBlocksAreAllChecked() {
        assertThat(readme.names()).containsExactlyInAnyOrder("demo", "tour-check", "tour-plan", "tour-apply",
                "status-verify", "preflight-refused", "preflight-fixed", "renames", "jpa-sqlite", "jpa-postgres", "jpa-naming", "backup-sqlite", "downgrade-refused", "migrations-workflow", "migrations-lock", "mariadb-check");
    }

    @Test
    void quickStartDemo() {
        Result r = CliRunner.run(dir, "demo", "--db", dir.resolve("shop.db").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertShows("demo", new Transcript(dir, Map.of(), "syncdb").output(r).out().lines().toList(), common());
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
    void jpaShopOnSqlite() {
        String v1 = "examples/jpa-shop/target/v1/classes";
        String v2 = "examples/jpa-shop/target/v2/classes";
        assertThat(ROOT.resolve(v1)).as("the build compiles examples/jpa-shop before the cli tests").isDirectory();
        String url = "sqlite:" + dir.resolve("shop.db");
        Transcript t = new Transcript(ROOT, Map.of(), "./syncdb");
        t.run("apply", "--auto", "--url", url, "--entities", "com.example.shop", "--classpath", v1, "--backup-dir", dir + "/backups");
        t.run("check", "--url", url, "--entities", "com.example.shop", "--classpath", v1);
        t.run("check", "--url", url, "--entities", "com.example.shop", "--classpath", v2);
        t.echoExit();
        assertShows("jpa-sqlite", t.lines(), new Normalize().replacing(" --backup-dir " + dir + "/backups", "")
                .replacing(dir + "/", ""));
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

    @Test
    void sqliteBackupAndRestore() throws Exception {
        for (String f : List.of("v1.sql", "v2.sql", "seed.sql")) {
            Files.copy(ROOT.resolve("examples/demo/" + f), dir.resolve(f));
        }
        Map<String, String> env = Map.of("DATABASE_URL", "sqlite:" + dir.resolve("shop.db"));
        assertThat(CliRunner.run(dir, env, "apply", "--auto", "--no-backup", "--schema", "v1.sql").code()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("shop.db"));
             Statement st = c.createStatement()) {
            st.executeUpdate(Files.readString(dir.resolve("seed.sql")));
        }
        Transcript t = new Transcript(dir, env, "syncdb");
        t.run("apply", "--auto", "--schema", "v2.sql");
        t.run("backup", "--out", "shop-before-import.db");
        t.run("restore", "shop-before-import.db");
        t.echoExit();
        t.run("restore", "shop-before-import.db", "--confirm", "RESTORE");
        assertShows("backup-sqlite", t.lines(), common());
    }

    @Test
    void migrationsWorkflow() throws Exception {
        Map<String, String> env = Map.of("DATABASE_URL", "sqlite:" + dir.resolve("app.db"));
        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n");
        Transcript t = new Transcript(dir, env, "syncdb");
        t.run("migrate", "generate", "-m", "create users", "--schema", "schema.sql");
        t.say("$ # schema.sql gains a column and an index");
        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT);\n"
                + "CREATE INDEX users_email_idx ON users (email);\n");
        t.run("migrate", "generate", "-m", "add name and email index", "--schema", "schema.sql", "--replay");
        List<String> files = migrationFiles();
        String v2 = files.stream().filter(f -> f.startsWith("V") && f.contains("email")).findFirst().orElseThrow();
        String v1 = files.stream().filter(f -> f.startsWith("V") && f.contains("create_users")).findFirst().orElseThrow();
        t.cat("migrations/" + v2);
        t.cat("migrations/U" + v2.substring(1));
        t.run("upgrade");
        t.run("check", "--schema", "schema.sql");
        t.run("downgrade", "-1");
        t.run("current");
        t.run("upgrade");
        t.run("history");
        t.say("$ echo \"-- x\" >> migrations/" + v1);
        Files.writeString(dir.resolve("migrations/" + v1), "-- x\n", StandardOpenOption.APPEND);
        t.run("upgrade");
        t.echoExit();
        t.run("repair");
        assertShows("migrations-workflow", t.lines(), common());

        Transcript locked = new Transcript(dir, env, "syncdb");
        Path lockFile = dir.resolve("app.db.syncdb-lock");
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = ch.lock()) {
            ch.write(ByteBuffer.wrap(("pid 15234, user root, host vm, since 2026-11-25T06:14:11.461796649Z (lock file "
                    + lockFile + ")").getBytes(StandardCharsets.UTF_8)));
            locked.say("$ # another process holds the lock");
            locked.run("upgrade", "--lock-timeout", "2");
            locked.echoExit();
            assertThat(held.isValid()).isTrue();
        }
        assertShows("migrations-lock", locked.lines(), common());
    }

    @Test
    void downgradeThatLosesRows() throws Exception {
        Map<String, String> env = Map.of("DATABASE_URL", "sqlite:" + dir.resolve("app.db"));
        Path m = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(m.resolve("V1__users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\n");
        Files.writeString(m.resolve("V2__posts.sql"), "CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT);\n");
        Files.writeString(m.resolve("U2__posts.sql"), "DROP TABLE posts;\n");
        assertThat(CliRunner.run(dir, env, "upgrade", "--no-backup").code()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
             Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO users VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd')");
            st.executeUpdate("INSERT INTO posts VALUES (1, 'x'), (2, 'y'), (3, 'z')");
        }
        Transcript t = new Transcript(dir, env, "syncdb");
        t.run("downgrade", "-1");
        t.run("downgrade", "-1", "--allow-destructive");
        assertShows("downgrade-refused", t.lines(), common());
    }

    @Test
    void statusCreateTablesVerify() throws Exception {
        Path db = dir.resolve("app.db");
        Files.writeString(dir.resolve("syncdb.yaml"), "url: sqlite:" + db + "\nschema: schema.sql\nrequire: users, orders\n");
        Files.writeString(dir.resolve("schema.sql"), """
                CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);
                CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id));
                CREATE TABLE order_items (order_id INTEGER NOT NULL REFERENCES orders (id), sku TEXT NOT NULL,
                  PRIMARY KEY (order_id, sku));
                """);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL)");
        }
        Transcript t = new Transcript(dir, Map.of(), "syncdb");
        t.say("$ # syncdb.yaml: url: sqlite:app.db, schema: schema.sql, require: users, orders");
        t.run("status");
        t.run("create-tables", "--missing-only");
        t.run("verify", "--require", "users,orders,payments");
        t.echoExit();
        assertShows("status-verify", t.lines(), common());
    }

    private List<String> migrationFiles() throws IOException {
        try (var s = Files.list(dir.resolve("migrations"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
