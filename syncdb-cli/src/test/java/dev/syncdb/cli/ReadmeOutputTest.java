package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.testkit.readme.Normalize;
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
    @TempDir
    Path dir;

    Normalize common() {
        return ReadmeOutput.common(dir);
    }

    static void assertShows(String block, List<String> output, Normalize normalize) {
        ReadmeOutput.assertShows(block, output, normalize);
    }

    @Test
    void theMarkedBlocksAreAllChecked() {
        assertThat(ReadmeOutput.readme().names()).containsExactlyInAnyOrder("demo", "tour-check", "tour-plan", "tour-apply",
                "status-verify", "preflight-refused", "preflight-fixed", "renames", "jpa-sqlite", "jpa-postgres", "jpa-naming", "backup-sqlite", "downgrade-refused", "migrations-workflow", "migrations-lock", "mariadb-check",
                "adopt-flyway", "flyway-format", "privileges", "security-backups", "security-restore-refused",
                "security-mysql-no-password", "security-env-warning", "json-backup", "json-error",
                "schemas-plan", "schemas-drop-refused", "online-plan", "online-lock-stopped",
                "force-recreate", "backup-postgres", "least-privilege-dev-url",
                "least-privilege-apply", "online-mysql-refused", "online-upgrade-stopped", "wizard",
                // checked where they are produced: examples/spring-boot-app's ShopApplicationTest, the
                // maven plugin's example build src/it/sqlite-schema-sql (its verify.groovy), syncdb-testkit's PostgresTlsTest
                "tls-errors",
                "boot-sqlite-apply", "boot-sqlite-validate", "boot-pg-validate", "boot-pg-apply", "boot-pg-refused",
                "boot-pg-destructive", "boot-migrations-validate", "boot-migrations-apply", "maven-check");
    }

    @Test
    void quickStartDemo() {
        Result r = CliRunner.run(dir, "demo", "--db", dir.resolve("shop.db").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertShows("demo", new Transcript(dir, Map.of(), "syncdb").output(r).out().lines().toList(), common());
    }

    @Test
    void jpaShopOnSqlite() {
        String v1 = "examples/jpa-shop/target/v1/classes";
        String v2 = "examples/jpa-shop/target/v2/classes";
        assertThat(ReadmeOutput.ROOT.resolve(v1)).as("the build compiles examples/jpa-shop before the cli tests").isDirectory();
        String url = "sqlite:" + dir.resolve("shop.db");
        Transcript t = new Transcript(ReadmeOutput.ROOT, Map.of(), "./syncdb");
        t.run("apply", "--auto", "--url", url, "--entities", "com.example.shop", "--classpath", v1, "--backup-dir", dir + "/backups");
        t.run("check", "--url", url, "--entities", "com.example.shop", "--classpath", v1);
        t.run("check", "--url", url, "--entities", "com.example.shop", "--classpath", v2);
        t.echoExit();
        assertShows("jpa-sqlite", t.lines(), new Normalize().replacing(" --backup-dir " + dir + "/backups", "")
                .replacing(dir + "/", ""));
    }

    @Test
    void sqliteBackupAndRestore() throws Exception {
        for (String f : List.of("v1.sql", "v2.sql", "seed.sql")) {
            Files.copy(ReadmeOutput.ROOT.resolve("examples/demo/" + f), dir.resolve(f));
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

    @Test
    void forceRecreateWithSeed() throws Exception {
        Path db = dir.resolve("app.db");
        Files.writeString(dir.resolve("syncdb.yaml"), "url: sqlite:" + db + "\nschema: schema.sql\n");
        Files.writeString(dir.resolve("schema.sql"), """
                CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);
                CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id));
                CREATE TABLE order_items (order_id INTEGER NOT NULL REFERENCES orders (id), sku TEXT NOT NULL,
                  PRIMARY KEY (order_id, sku));
                """);
        Files.createDirectories(dir.resolve("seed"));
        Files.writeString(dir.resolve("seed/01_users.sql"), "INSERT INTO users (id, email) VALUES (1, 'ada@example.com');\n");
        assertThat(CliRunner.run(dir, Map.of(), "apply", "--auto", "--no-backup").code()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO users VALUES (1, 'a@example.com'); INSERT INTO orders VALUES (1, 1);"
                    + " INSERT INTO order_items VALUES (1, 'sku-1')");
        }
        Transcript t = new Transcript(dir, Map.of(), "syncdb");
        t.run("--force-recreate", "--seed", "seed");
        t.echoExit();
        t.run("--force-recreate", "--confirm", "DELETE ALL DATA", "--seed", "seed");
        assertThat(t.last().code()).isZero();
        assertShows("force-recreate", t.lines(), common());
    }

    private List<String> migrationFiles() throws IOException {
        try (var s = Files.list(dir.resolve("migrations"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
