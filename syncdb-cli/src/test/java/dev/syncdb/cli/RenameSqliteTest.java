package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.cli.output.PlanText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Renames on a SQLite file: --rename, the schema comment, the hint, bad input, and migrations. */
class RenameSqliteTest extends RenameTestBase {
    static final String V1 = """
            CREATE TABLE people (id INTEGER PRIMARY KEY, mail TEXT NOT NULL, age TEXT);
            CREATE INDEX people_mail_idx ON people (mail);
            CREATE TABLE orders (id INTEGER PRIMARY KEY, person_id INTEGER REFERENCES people (id), total INTEGER);
            CREATE VIEW big_orders AS SELECT o.id, p.mail FROM orders o JOIN people p ON p.id = o.person_id WHERE o.total > 5;
            """;
    static final String V2 = """
            CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, age INTEGER);
            CREATE INDEX users_email_idx ON users (email);
            CREATE TABLE orders (id INTEGER PRIMARY KEY, person_id INTEGER REFERENCES users (id), total INTEGER);
            CREATE VIEW big_orders AS SELECT o.id, u.email FROM orders o JOIN users u ON u.id = o.person_id WHERE o.total > 5;
            """;
    static final String ROWS = "INSERT INTO people VALUES (1, 'a@x', '31'), (2, 'b@x', '42');"
            + "INSERT INTO orders VALUES (10, 1, 5), (11, 2, 7), (12, 2, 9);";

    @Override
    String url() {
        return "sqlite://" + dir.resolve("app.db").toAbsolutePath();
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db").toAbsolutePath());
    }

    @BeforeEach
    void version1WithRows() throws Exception {
        ok(V1, "apply", "--auto", "--no-backup");
        exec(ROWS);
    }

    private void rowsKept() throws SQLException {
        assertThat(rows("SELECT id, email, age, typeof(age) FROM users ORDER BY id"))
                .containsExactly("1|a@x|31|integer", "2|b@x|42|integer");
        assertThat(rows("SELECT id, person_id, total FROM orders ORDER BY id")).containsExactly("10|1|5", "11|2|7", "12|2|9");
        assertThat(rows("SELECT id, email FROM big_orders ORDER BY id")).containsExactly("11|b@x", "12|b@x");
        assertThat(rows("PRAGMA foreign_key_list(orders)")).singleElement().asString().contains("|users|person_id|id|");
        assertThat(rows("PRAGMA foreign_key_check")).isEmpty();
    }

    @Test
    void renameOptionKeepsRowsThroughRenameAndRebuild() throws Exception {
        Result plan = ok(V2, "plan", "--rename", "people=users", "--rename", "users.mail=email");
        assertThat(plan.out()).contains("-- rename table people to users\nALTER TABLE \"people\" RENAME TO \"users\";",
                "-- rename column users.mail to email\nALTER TABLE \"users\" RENAME COLUMN \"mail\" TO \"email\";",
                "-- rebuild table users", "INSERT INTO \"new_users\" (\"id\", \"email\", \"age\")")
                .doesNotContain("DROP TABLE \"people\"", "hazard DL");
        assertThat(plan.out().indexOf("RENAME TO \"users\"")).isLessThan(plan.out().indexOf("-- rebuild table users"));
        converges(V2, "--rename", "people=users", "--rename", "users.mail=email");
        rowsKept();
    }

    @Test
    void triggerOfARenamedAndRebuiltTableIsRecreatedFromTheDesiredSchema() throws Exception {
        exec("CREATE TABLE audit (msg TEXT)");
        execOne("CREATE TRIGGER people_ins AFTER INSERT ON people BEGIN INSERT INTO audit VALUES (NEW.mail); END");
        String v2 = V2 + "CREATE TABLE audit (msg TEXT);\n"
                + "CREATE TRIGGER people_ins AFTER INSERT ON users BEGIN\n  INSERT INTO audit VALUES (NEW.email);\nEND;\n";
        Result plan = ok(v2, "plan", "--rename", "people=users", "--rename", "users.mail=email");
        assertThat(plan.out()).contains("-- drop trigger people.people_ins", "-- rebuild table users",
                "CREATE TRIGGER people_ins AFTER INSERT ON users BEGIN INSERT INTO audit VALUES (NEW.email) ; END;")
                .doesNotContain("not managed");
        assertThat(plan.out().indexOf("DROP TRIGGER")).isLessThan(plan.out().indexOf("RENAME TO \"users\""));
        converges(v2, "--rename", "people=users", "--rename", "users.mail=email");
        rowsKept();
        exec("INSERT INTO users (id, email, age) VALUES (3, 'c@x', 5)");
        assertThat(rows("SELECT msg FROM audit")).containsExactly("c@x");
    }

    @Test
    void schemaCommentDeclaresTheRenameAndStaysHarmlessAfterwards() throws Exception {
        String declared = "-- syncdb:rename people -> users\n"
                + V2.replace("email TEXT NOT NULL,", "email TEXT NOT NULL, -- syncdb:rename users.mail -> email\n");
        Result check = cli(declared, "check");
        assertThat(check.code()).isEqualTo(2);
        assertThat(check.out()).contains("rename table people to users", "rename column users.mail to email")
                .doesNotContain("drop table", "hint:");
        converges(declared);
        rowsKept();
    }

    @Test
    void checkHintsAtTheRenameButPlansDropAndAdd() throws Exception {
        String mailToEmail = V1.replace("mail", "email");
        Result check = cli(mailToEmail, "check");
        assertThat(check.code()).isEqualTo(2);
        assertThat(check.out()).contains("hint: people.mail may have been renamed to people.email (same type TEXT, "
                + "same nullability, no default); re-run with --rename people.mail=email to keep its data");
        assertThat(check.out()).contains("DL102");
        Result json = cli(mailToEmail, "plan", "--json");
        assertThat(json.out()).contains("\"renameCandidates\" : [ {", "\"kind\" : \"column\"", "\"table\" : \"people\"",
                "\"option\" : \"--rename people.mail=email\"");
        Result renamed = cli(mailToEmail, "check", "--rename", "people.mail=email");
        assertThat(renamed.out()).contains("rename column people.mail to email").doesNotContain("hint:", "DL102");
    }

    @Test
    void badRenamesFailWithOneLineAndChangeNothing() throws Exception {
        List<String> before = rows("SELECT name, sql FROM sqlite_master ORDER BY name");
        for (String[] bad : List.of(new String[]{"ghost=users", "there is no table ghost in the database"},
                new String[]{"people=nobody", "there is no table nobody in the desired schema"},
                new String[]{"users.nope=email", "there is no column people.nope in the database"},
                new String[]{"users.mail=nope", "there is no column users.nope in the desired schema"},
                new String[]{"users.mail", "expected OLD=NEW (a table) or TABLE.OLD=NEW (a column)"})) {
            Result r = cli(V2, "apply", "--auto", "--no-backup", "--rename", "people=users", "--rename", bad[0]);
            assertThat(r.code()).as(bad[0] + ": " + r.err()).isEqualTo(1);
            assertThat(r.errLines()).singleElement().asString().startsWith("error: ").contains(bad[1]);
        }
        Result comment = cli("-- syncdb:rename people users\n" + V2, "plan");
        assertThat(comment.code()).isEqualTo(1);
        assertThat(comment.err()).startsWith("error: ").contains("schema.sql:1: malformed rename comment");
        assertThat(rows("SELECT name, sql FROM sqlite_master ORDER BY name")).isEqualTo(before);
    }

    @Test
    void migrationHoldsTheRenameAndItsReverse() throws Exception {
        Result gen = ok(V2, "migrate", "generate", "-m", "rename people", "--rename", "people=users",
                "--rename", "people.mail=email");
        assertThat(gen.out()).contains("rename table people to users");
        String up;
        String down;
        try (var files = Files.list(dir.resolve("migrations"))) {
            List<java.nio.file.Path> all = files.sorted().toList();
            down = Files.readString(all.get(0));
            up = Files.readString(all.get(1));
        }
        assertThat(up).contains("ALTER TABLE \"people\" RENAME TO \"users\";", "RENAME COLUMN \"mail\" TO \"email\";");
        assertThat(down).contains("ALTER TABLE \"users\" RENAME TO \"people\";", "RENAME COLUMN \"email\" TO \"mail\";");
        assertThat(down.indexOf("RENAME TO \"people\"")).isGreaterThan(down.indexOf("RENAME COLUMN \"email\""));
        ok(V2, "upgrade");
        rowsKept();
        ok(V2, "downgrade", "-1");
        assertThat(rows("SELECT id, mail, age FROM people ORDER BY id")).containsExactly("1|a@x|31", "2|b@x|42");
        assertThat(ok(V1, "plan").out()).contains(PlanText.NO_CHANGES);
    }
}
