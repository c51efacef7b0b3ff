package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Live-data preflight on SQLite: checks inside table rebuilds, affinity, STRICT tables, backfill and USING. */
class PreflightSqliteTest {
    @TempDir
    Path dir;

    private void sql(String script) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db").toAbsolutePath());
             Statement st = c.createStatement()) {
            for (String s : script.split(";")) {
                if (!s.isBlank()) {
                    st.execute(s);
                }
            }
        }
    }

    private String scalar(String query) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db").toAbsolutePath());
             ResultSet rs = c.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private Result cli(String desired, String... args) throws Exception {
        Files.writeString(dir.resolve("schema.sql"), desired);
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", "sqlite://" + dir.resolve("app.db").toAbsolutePath(), "--schema", "schema.sql", "--no-color"));
        return CliRunner.run(dir, Map.of(), all.toArray(String[]::new));
    }

    static final String USERS = "CREATE TABLE users (id INTEGER PRIMARY KEY, phone TEXT, email TEXT, age INT, boss INT);\n";

    @Test
    void rebuildChecksEachReplacedChange() throws Exception {
        sql(USERS + "INSERT INTO users VALUES (1, NULL, 'a', -1, 9), (2, '2', 'a', 3, NULL)");
        String desired = "CREATE TABLE users (id INTEGER PRIMARY KEY, phone TEXT NOT NULL, email TEXT UNIQUE,"
                + " age INT CHECK (age >= 0), boss INT REFERENCES users (id));\n";
        Result r = cli(desired, "apply", "--auto");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(3);
        assertThat(r.out()).contains("-- preflight BLOCKED: 1 row has NULL in users.phone (ids: 1)",
                "-- preflight BLOCKED: 1 duplicated key in users[email] (e.g. 'a')",
                "-- preflight BLOCKED: 1 row violates users CHECK",
                "-- preflight BLOCKED: 1 row of users[boss] -> users points nowhere (e.g. '9')");
        assertThat(scalar("SELECT sql FROM sqlite_master WHERE name = 'users'")).doesNotContain("NOT NULL");

        sql("UPDATE users SET email = 'b', age = 1, boss = NULL WHERE id = 1");
        Result fixed = cli(desired, "apply", "--auto", "--backfill", "users.phone='none'");
        assertThat(fixed.code()).as(fixed.out() + fixed.err()).isZero();
        assertThat(fixed.out()).contains("-- preflight: 1 row has NULL in users.phone; the backfill sets them",
                "COALESCE(\"phone\", 'none')");
        assertThat(scalar("SELECT phone FROM users WHERE id = 1")).isEqualTo("none");
    }

    @Test
    void typeChangesAreLosslessOutsideStrictTables() throws Exception {
        sql(USERS + "INSERT INTO users VALUES (1, 'x', 'a', 3, NULL)");
        Result r = cli(USERS.replace("phone TEXT", "phone INTEGER"), "apply", "--auto");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("-- preflight: SQLite converts values by type affinity");
        assertThat(scalar("SELECT phone FROM users")).isEqualTo("x");
    }

    @Test
    void strictTableBlocksValuesThatDoNotConvert() throws Exception {
        String strict = "CREATE TABLE m (id INTEGER PRIMARY KEY, v TEXT) STRICT;\n";
        sql(strict + "INSERT INTO m VALUES (1, '12'), (2, 'abc')");
        String desired = strict.replace("v TEXT", "v INTEGER");
        Result r = cli(desired, "apply", "--auto");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(3);
        assertThat(r.out()).contains("-- preflight BLOCKED: 1 value of m.v TEXT -> INTEGER does not convert (e.g. 'abc')");
        Result fixed = cli(desired, "apply", "--auto", "--using", "m.v=CASE WHEN v GLOB '[0-9]*' THEN CAST(v AS INTEGER) END");
        assertThat(fixed.code()).as(fixed.out() + fixed.err()).isZero();
        assertThat(scalar("SELECT group_concat(coalesce(v, '-')) FROM m")).isEqualTo("12,-");
    }

    @Test
    void dropCountsRows() throws Exception {
        sql(USERS + "CREATE TABLE old (id INT); INSERT INTO old VALUES (1), (2), (3)");
        Result r = cli(USERS, "plan");
        assertThat(r.out()).contains("-- preflight: drops 3 rows of old");
    }
}
