package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A role that must give its password (scram-sha-256) on a PostgreSQL cluster of this class's own:
 * a URL without the password connects through a password file found from the run's HOME or
 * PGPASSFILE, or PGPASSWORD, and fails in one line without any; and the password given in the URL
 * never lands in anything syncdb writes (streams, JSON, migration files, history rows, backups,
 * cache and fleet state files, HTML review pages, diagrams) across plan, migrate generate, upgrade,
 * apply, backup, status, diagram, fleet runs and errors.
 */
class PostgresSecretsCliTest {
    private static final String ROLE = "sec_app";
    private static final String SECRET = "Pw" + UUID.randomUUID().toString().replace("-", "");
    private static PgServers.Started cluster;
    private static PgServer pg;
    private static String db;

    @TempDir
    Path dir;

    @BeforeAll
    static void passwordProtectedRole() {
        cluster = PgServers.startOwn("scram");
        pg = cluster.server();
        pg.run("postgres", "CREATE ROLE " + ROLE + " LOGIN CREATEDB PASSWORD '" + SECRET + "'");
        db = pg.freshDatabase();
        pg.run("postgres", "ALTER DATABASE " + db + " OWNER TO " + ROLE);
        pg.run(db, "ALTER SCHEMA public OWNER TO " + ROLE);
        pg.run("postgres", "DO $$ BEGIN EXECUTE format('COPY (SELECT unnest(ARRAY["
                + "''local all all trust'', ''host all postgres 127.0.0.1/32 trust'', ''host all postgres ::1/128 trust'', "
                + "''host all all 127.0.0.1/32 scram-sha-256'', ''host all all ::1/128 scram-sha-256''"
                + "])) TO %L', current_setting('hba_file')); PERFORM pg_reload_conf(); END $$");
    }

    @AfterAll
    static void stop() throws IOException {
        cluster.close();
    }

    private String url(String password) {
        return "postgresql://" + ROLE + (password == null ? "" : ":" + password) + "@localhost:" + port() + "/" + db;
    }

    private static int port() {
        return Integer.parseInt(pg.url("x").replaceAll(".*:(\\d+)/x$", "$1"));
    }

    private Path pgpass(String name, String perms) throws IOException {
        Path f = Files.writeString(dir.resolve(name), "# syncdb test\nlocalhost:" + port() + ":*:" + ROLE + ":" + SECRET + "\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(perms));
        return f;
    }

    private Result check(Map<String, String> env) throws IOException {
        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE t (id int);\n");
        Map<String, String> all = new HashMap<>(env);
        all.put("DATABASE_URL", url(null));
        return CliRunner.run(dir, all, "check", "--schema", "schema.sql");
    }

    @Test
    void aUrlWithoutPasswordUsesThePasswordFileOrPgpassword() throws IOException {
        Files.createDirectories(dir.resolve("home"));
        pgpass("home/.pgpass", "rw-------");
        Result home = check(Map.of("HOME", dir.resolve("home").toString()));
        assertThat(home.code()).as(home.err()).isEqualTo(2);
        assertThat(home.out()).contains("create table t");

        Result named = check(Map.of("PGPASSFILE", pgpass("elsewhere", "rw-------").toString()));
        assertThat(named.code()).as(named.err()).isEqualTo(2);

        Result env = check(Map.of("PGPASSWORD", SECRET, "HOME", dir.resolve("nowhere").toString()));
        assertThat(env.code()).as(env.err()).isEqualTo(2);
    }

    @Test
    void withoutAnyPasswordItFailsInOneLine() throws IOException {
        Result r = check(Map.of("HOME", dir.toString()));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString()
                .startsWith("error: cannot connect to postgresql://" + ROLE + "@localhost:")
                .contains("no password in the URL, in PGPASSWORD or in the password file " + dir.resolve(".pgpass"));
    }

    @Test
    void aPasswordFileOthersCanReadIsIgnoredWithAWarning() throws IOException {
        Path f = pgpass("shared-pgpass", "rw-r--r--");
        Result r = check(Map.of("PGPASSFILE", f.toString()));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(2);
        assertThat(r.errLines().get(0)).startsWith("warning: password file " + f + " has group or world access");
        assertThat(r.err()).doesNotContain(SECRET);
    }

    @Test
    void aDotEnvHoldingThePasswordThatOthersCanReadIsWarnedAbout() throws IOException {
        Path env = Files.writeString(dir.resolve(".env"), "DATABASE_URL=" + url(SECRET) + "\n");
        Files.setPosixFilePermissions(env, PosixFilePermissions.fromString("rw-r--r--"));
        Transcript t = new Transcript(dir, Map.of(), "syncdb");
        Result r = t.run("status");
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("warning:"))).containsExactly("warning: " + env
                + " holds a database password and other users can read it (mode rw-r--r--): chmod 600 " + env);
        ReadmeOutput.assertShows("security-env-warning", t.lines(), ReadmeOutput.common(dir)
                .replacing(url("***"), "postgresql://postgres:***@127.0.0.1:5432/postgres"));
        Files.setPosixFilePermissions(env, PosixFilePermissions.fromString("rw-------"));
        Result quiet = CliRunner.run(dir, Map.of(), "status");
        assertThat(quiet.code()).as(quiet.err()).isZero();
        assertThat(quiet.err()).isEmpty();
    }

    @Test
    void thePasswordNeverLandsInAnythingSyncdbWrites() throws Exception {
        String v1 = "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n";
        String v2 = v1 + "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));\n";
        Files.writeString(dir.resolve("v1.sql"), v1);
        Files.writeString(dir.resolve("v2.sql"), v2);
        Files.writeString(dir.resolve("bad.sql"), "CREATE TABLE broken (id nosuchtype);\n");
        Map<String, String> env = Map.of("DATABASE_URL", url(SECRET));
        String jdbc = "jdbc:postgresql://localhost:" + port() + "/" + db + "?user=" + ROLE + "&password=" + SECRET;
        List<Result> runs = new ArrayList<>();
        runs.add(expect(0, env, "apply", "--auto", "--schema", "v1.sql", "--timings"));
        runs.add(expect(2, env, "--check-only", "--schema", "v2.sql", "--verbose"));
        runs.add(expect(0, env, "plan", "--schema", "v2.sql", "--json"));
        runs.add(expect(0, env, "migrate", "generate", "-m", "orders", "--schema", "v2.sql"));
        runs.add(expect(0, env, "upgrade"));
        runs.add(expect(0, env, "history", "--json"));
        runs.add(expect(0, env, "backup", "--out", "manual.dump"));
        runs.add(expect(0, env, "status", "--json"));
        // review pages and diagrams: the plan's page on stdout, an apply's report and the change's diagrams in files
        Files.writeString(dir.resolve("v3.sql"), v2 + "CREATE INDEX orders_user_idx ON orders (user_id);\n");
        runs.add(expect(0, env, "plan", "--schema", "v3.sql", "--format", "html"));
        runs.add(expect(2, env, "check", "--schema", "v3.sql", "--format", "html"));
        runs.add(expect(0, env, "diagram", "--schema", "v3.sql", "--out", "change.mmd"));
        runs.add(expect(0, env, "diagram", "--schema", "v3.sql", "--format", "svg", "--out", "change.svg"));
        runs.add(expect(0, env, "apply", "--auto", "--schema", "v3.sql", "--report", "review.html"));
        // fleets: state files of a schema name pattern run and of a targets file whose second database is missing
        // (the password comes from the environment, as the targets file's ${NAME})
        runs.add(expect(0, env, "check", "--schema", "v3.sql", "--schema-name-pattern", "publ%", "--state", "fleet-check.state"));
        String target = url("${SEC_PW}");
        Files.writeString(dir.resolve("targets.txt"), target + "\n" + target.replace("/" + db, "/no_such_db") + "\n");
        runs.add(expect(1, Map.of("SEC_PW", SECRET), "status", "--targets", "targets.txt", "--continue-on-error",
                "--state", "fleet-status.state"));
        runs.add(expect(1, env, "plan", "--schema", "bad.sql", "--verbose"));
        runs.add(expect(1, Map.of(), "status", "--verbose", "--url", url(SECRET).replace("/" + db, "/no_such_db")));
        runs.add(expect(1, Map.of(), "status", "--verbose", "--url", jdbc.replace("/" + db, "/no_such_db")));
        runs.add(expect(1, Map.of(), "check", "--url", jdbc, "--schema", "missing.sql", "--verbose"));

        for (Result r : runs) {
            assertThat(r.out() + r.err()).doesNotContain(SECRET);
        }
        List<Path> written;
        try (Stream<Path> s = Files.walk(dir)) {
            written = s.filter(Files::isRegularFile).toList();
        }
        assertThat(written.stream().map(p -> dir.relativize(p).toString()))
                .anyMatch(p -> p.startsWith("migrations/V")).anyMatch(p -> p.startsWith("backups/"))
                .contains("manual.dump").anyMatch(p -> p.startsWith(".syncdb/cache/"))
                .contains("change.mmd", "change.svg", "review.html", "fleet-check.state", "fleet-status.state");
        assertThat(Files.readString(dir.resolve("fleet-status.state"))).contains("no_such_db");
        assertThat(Files.readString(dir.resolve("review.html"))).contains("orders_user_idx");
        for (Path f : written) {
            assertThat(readable(f)).as(f.toString()).doesNotContain(SECRET);
        }
        assertThat(databaseText()).contains("orders").doesNotContain(SECRET);
    }

    private Result expect(int code, Map<String, String> env, String... args) {
        Result r = CliRunner.run(dir, env, args);
        assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(code);
        return r;
    }

    /** A file's bytes as text; a zip (the built-in dump) also with every entry unpacked. */
    private static String readable(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        StringBuilder text = new StringBuilder(new String(bytes, StandardCharsets.ISO_8859_1));
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(f))) {
                while (zip.getNextEntry() != null) {
                    text.append(new String(readAll(zip), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return text.toString();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    /** Every row of every table outside the system schemas (the history table among them) and every comment. */
    private static String databaseText() throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = pg.connect(db); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p')"
                    + " AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).contains("public.syncdb_history");
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("SELECT x::text FROM " + t + " x")) {
                    while (rs.next()) {
                        out.append(t).append(": ").append(rs.getString(1)).append('\n');
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT description FROM pg_description UNION ALL"
                    + " SELECT description FROM pg_shdescription")) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append('\n');
                }
            }
        }
        return out.toString();
    }
}
