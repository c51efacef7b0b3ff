package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Live-data preflight on a real PostgreSQL: each check blocks the bad rows and clears the good ones. */
class PreflightPostgresTest {
    @TempDir
    Path dir;
    PgServer pg;
    String db;

    @BeforeEach
    void freshDatabase() {
        pg = PgServers.embedded();
        db = pg.freshDatabase();
    }

    @AfterEach
    void dropDatabase() {
        pg.dropDatabase(db);
    }

    private Result cli(String desired, String... args) throws IOException {
        Files.writeString(dir.resolve("schema.sql"), desired);
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--schema", "schema.sql", "--no-color"));
        return CliRunner.run(dir, Map.of("DATABASE_URL", pg.url(db)), all.toArray(String[]::new));
    }

    private String scalar(String sql) throws SQLException {
        try (Connection c = pg.connect(db); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Applies {@code desired} to a database holding {@code bad} rows (refused) and to one holding {@code good} rows. */
    private Result refusedThenApplied(String current, String bad, String good, String desired, String finding)
            throws Exception {
        pg.run(db, current + bad);
        Result refused = cli(desired, "apply", "--auto", "--allow-destructive");
        assertThat(refused.code()).as(refused.out() + refused.err()).isEqualTo(3);
        assertThat(refused.out()).contains("-- preflight BLOCKED: " + finding);
        assertThat(refused.err()).contains("refused:", "would fail on the current data", finding, "nothing was changed");
        String db2 = db;
        db = pg.freshDatabase();
        pg.dropDatabase(db2);
        pg.run(db, current + good);
        Result applied = cli(desired, "apply", "--auto", "--allow-destructive");
        assertThat(applied.code()).as(applied.out() + applied.err()).isZero();
        assertThat(applied.out()).doesNotContain("preflight BLOCKED");
        return refused;
    }

    static final String USERS = "CREATE TABLE users (id int PRIMARY KEY, phone text, email text, age int);\n";

    @Test
    void rulesOverAColumnAddedInThePlanAreJudgedByItsDefault() throws Exception {
        pg.run(db, USERS + "CREATE TABLE teams (id int PRIMARY KEY);\n"
                + "INSERT INTO teams VALUES (1);\nINSERT INTO users VALUES (1, 'a'), (2, 'b');");
        String desired = "CREATE TABLE teams (id int PRIMARY KEY);\n" + USERS.replace("age int",
                "age int, handle text UNIQUE, team_id int REFERENCES teams (id), level int NOT NULL DEFAULT 1 UNIQUE");
        Result refused = cli(desired, "apply", "--auto");
        assertThat(refused.code()).as(refused.out() + refused.err()).isEqualTo(1);
        assertThat(refused.out()).as(refused.err()).contains("users.handle is added in this plan and holds NULL in every existing row")
                .contains("users.team_id is added in this plan and holds NULL in every existing row")
                .contains("not checked: users.level is added in this plan; existing rows get its default");
        assertThat(refused.err()).contains("rolled back");
        assertThat(scalar("SELECT count(*) FROM information_schema.columns WHERE table_name = 'users'")).isEqualTo("4");

        Result applied = cli(desired.replace(" level int NOT NULL DEFAULT 1 UNIQUE", " level int NOT NULL DEFAULT 1"),
                "apply", "--auto");
        assertThat(applied.code()).as(applied.out() + applied.err()).isZero();
        assertThat(scalar("SELECT count(*) FROM users WHERE handle IS NULL AND level = 1")).isEqualTo("2");
    }

    @Test
    void nullsBlockNotNull() throws Exception {
        refusedThenApplied(USERS, "INSERT INTO users VALUES (4, NULL), (9, NULL), (12, NULL), (13, '1');",
                "INSERT INTO users VALUES (1, '1');",
                USERS.replace("phone text", "phone text NOT NULL"),
                "3 rows have NULL in users.phone (ids: 4, 9, 12)");
        assertThat(scalar("SELECT is_nullable FROM information_schema.columns WHERE column_name = 'phone'")).isEqualTo("NO");
    }

    @Test
    void refusedApplyLeavesTheDatabaseUnchanged() throws Exception {
        pg.run(db, USERS + "INSERT INTO users VALUES (4, NULL); INSERT INTO users VALUES (5, '1', 'a'), (6, '2', 'a');");
        Result r = cli(USERS.replace("phone text", "phone text NOT NULL").replace(", age int", "")
                + "CREATE TABLE audit (id int PRIMARY KEY);", "apply", "--auto", "--allow-destructive");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains("-- preflight: drops no value: users.age holds only NULLs",
                "-- preflight BLOCKED: 1 row has NULL in users.phone (ids: 4)");
        assertThat(scalar("SELECT count(*) FROM information_schema.tables WHERE table_name = 'audit'")).isEqualTo("0");
        assertThat(scalar("SELECT count(*) FROM information_schema.columns WHERE column_name = 'age'")).isEqualTo("1");
    }

    @Test
    void backfillClearsTheNullCheck() throws Exception {
        pg.run(db, USERS + "INSERT INTO users VALUES (4, NULL), (5, '555');");
        Result r = cli(USERS.replace("phone text", "phone text NOT NULL"), "apply", "--auto", "--backfill", "users.phone='unknown'");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("-- preflight: 1 row has NULL in users.phone; the backfill sets them",
                "UPDATE users SET phone = 'unknown' WHERE phone IS NULL;");
        assertThat(scalar("SELECT phone FROM users WHERE id = 4")).isEqualTo("unknown");
    }

    @Test
    void usingFixesTextToInteger() throws Exception {
        String current = "CREATE TABLE items (id int PRIMARY KEY, code text);\n";
        pg.run(db, current + "INSERT INTO items VALUES (1, '12'), (2, 'A-34'), (3, 'x'), (4, NULL);");
        String desired = current.replace("code text", "code integer");
        Result refused = cli(desired, "apply", "--auto");
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.out()).contains("-- preflight BLOCKED: 2 values of items.code text -> integer do not convert (e.g. 'A-34', 'x')");
        Result fixed = cli(desired, "apply", "--auto",
                "--using", "items.code=NULLIF(regexp_replace(code, '[^0-9]', '', 'g'), '')::integer");
        assertThat(fixed.code()).as(fixed.out() + fixed.err()).isZero();
        assertThat(fixed.out()).contains("USING (NULLIF(regexp_replace(code, '[^0-9]', '', 'g'), '')::integer)",
                "-- preflight: the conversion of items.code text -> integer succeeds on every row");
        assertThat(scalar("SELECT string_agg(coalesce(code::text, '-'), ',' ORDER BY id) FROM items")).isEqualTo("12,34,-,-");
    }

    @Test
    void aDateThatDoesNotExistBlocksTextToDate() throws Exception {
        String current = "CREATE TABLE items (id int PRIMARY KEY, due text);\n";
        refusedThenApplied(current, "INSERT INTO items VALUES (1, '2020-02-28'), (2, '2020-02-30');",
                "INSERT INTO items VALUES (1, '2020-02-28'), (2, '2020-02-29');", current.replace("due text", "due date"),
                "1 value of items.due text -> date does not convert (e.g. '2020-02-30')");
        assertThat(scalar("SELECT string_agg(due::text, ',' ORDER BY id) FROM items")).isEqualTo("2020-02-28,2020-02-29");
    }

    @Test
    void badUsingExpressionBlocks() throws Exception {
        String current = "CREATE TABLE items (id int PRIMARY KEY, code text);\n";
        pg.run(db, current + "INSERT INTO items VALUES (1, 'x');");
        Result r = cli(current.replace("code text", "code integer"), "apply", "--auto", "--using", "items.code=code::integer");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains("-- preflight BLOCKED: the conversion of items.code text -> integer fails: ");
    }

    @Test
    void duplicatesBlockUnique() throws Exception {
        refusedThenApplied(USERS, "INSERT INTO users VALUES (1, NULL, 'a@x'), (2, NULL, 'a@x'), (3, NULL, 'b@x'), (4, NULL, NULL), (5, NULL, NULL);",
                "INSERT INTO users VALUES (1, NULL, 'a@x'), (4, NULL, NULL), (5, NULL, NULL);",
                USERS.replace("email text", "email text UNIQUE"),
                "1 duplicated key in users[email] (e.g. 'a@x')");
    }

    @Test
    void duplicatesBlockUniqueIndexAndPrimaryKey() throws Exception {
        String current = "CREATE TABLE t (a int, b int);\n";
        refusedThenApplied(current, "INSERT INTO t VALUES (1, 1), (1, 1), (NULL, 2);", "INSERT INTO t VALUES (1, 1), (2, 1);",
                current.replace("a int", "a int PRIMARY KEY") + "CREATE UNIQUE INDEX t_b ON t (b) WHERE a > 1;",
                "1 row has NULL in key column t.a");
    }

    @Test
    void longValuesBlockNarrowing() throws Exception {
        String current = "CREATE TABLE p (id int PRIMARY KEY, name varchar(20), price numeric(8,2), n bigint);\n";
        Result r = refusedThenApplied(current, "INSERT INTO p VALUES (1, 'abcdefghijk', 123456.78, 3000000000), (2, 'ab', 1, 1);",
                "INSERT INTO p VALUES (2, 'ab', 1, 1);",
                current.replace("varchar(20)", "varchar(5)").replace("numeric(8,2)", "numeric(5,2)").replace("bigint", "integer"),
                "1 value of p.name character varying(20) -> character varying(5) does not fit (e.g. 'abcdefghijk')");
        assertThat(r.out()).contains("1 value of p.price numeric(8,2) -> numeric(5,2) does not fit (e.g. '123456.78')",
                "1 value of p.n bigint -> integer does not fit (e.g. '3000000000')");
    }

    @Test
    void orphansBlockForeignKey() throws Exception {
        String current = "CREATE TABLE c (id int PRIMARY KEY);\nCREATE TABLE o (id int PRIMARY KEY, c_id int);\n";
        refusedThenApplied(current, "INSERT INTO c VALUES (1); INSERT INTO o VALUES (1, 1), (2, 7), (3, NULL);",
                "INSERT INTO c VALUES (1); INSERT INTO o VALUES (1, 1), (3, NULL);",
                current.replace("c_id int", "c_id int REFERENCES c (id)"),
                "1 row of o[c_id] -> c points nowhere (e.g. '7')");
    }

    @Test
    void violationsBlockCheck() throws Exception {
        refusedThenApplied(USERS, "INSERT INTO users VALUES (1, NULL, NULL, -5), (2, NULL, NULL, NULL);",
                "INSERT INTO users VALUES (2, NULL, NULL, NULL), (3, NULL, NULL, 40);",
                USERS.replace("age int", "age int CHECK (age >= 0)"),
                "1 row violates users CHECK ");
    }

    @Test
    void enumLabelsInUseBlockRemoval() throws Exception {
        String current = "CREATE TYPE st AS ENUM ('new', 'old', 'done');\nCREATE TABLE j (id int PRIMARY KEY, s st);\n";
        refusedThenApplied(current, "INSERT INTO j VALUES (1, 'old'), (2, 'old'), (3, 'new');", "INSERT INTO j VALUES (3, 'new');",
                current.replace(", 'old'", ""), "2 rows still use label 'old' of st (j.s)");
    }

    @Test
    void notNullColumnWithoutDefaultOnRows() throws Exception {
        refusedThenApplied(USERS, "INSERT INTO users VALUES (1);", "",
                USERS.replace(", age int", ", age int, score int NOT NULL"),
                "1 row in users would get NULL in a NOT NULL column without default");
    }

    @Test
    void dropShowsRowsLostAndStillNeedsPermission() throws Exception {
        pg.run(db, USERS + "CREATE TABLE old (id int); INSERT INTO old SELECT generate_series(1, 1234);");
        Result r = cli(USERS, "apply", "--auto");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains("-- preflight: drops 1,234 rows of old");
        assertThat(r.err()).contains("--allow-destructive");
        assertThat(cli(USERS, "apply", "--auto", "--allow-destructive").code()).isZero();
    }

    @Test
    void checkAndJsonShowFindings() throws Exception {
        pg.run(db, USERS + "INSERT INTO users VALUES (4, NULL);");
        String desired = USERS.replace("phone text", "phone text NOT NULL");
        Result check = cli(desired, "check");
        assertThat(check.code()).isEqualTo(2);
        assertThat(check.out()).contains("preflight BLOCKED: 1 row has NULL in users.phone (ids: 4)", "1 blocked by the data");
        Result json = cli(desired, "plan", "--json");
        assertThat(json.out()).contains("\"blockedSteps\" : 1", "\"verdict\" : \"BLOCKED\"", "\"check\" : \"nulls\"",
                "\"samples\" : [ \"4\" ]");
    }
}
