package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.cli.output.PlanText;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renames on a real PostgreSQL: a table referenced by a foreign key and read by a view, with a
 * serial key, and a column with an index whose type changes in the same plan. Rows, ids and the
 * sequence's position are kept.
 */
class RenamePostgresTest extends RenameTestBase {
    static final String V1 = """
            CREATE TABLE people (id serial PRIMARY KEY, mail varchar(50) NOT NULL UNIQUE, age text);
            CREATE INDEX people_age_idx ON people (age);
            CREATE TABLE orders (id serial PRIMARY KEY, person_id integer REFERENCES people (id), total integer);
            CREATE VIEW big_orders AS SELECT o.id, p.mail FROM orders o JOIN people p ON p.id = o.person_id WHERE o.total > 5;
            """;
    static final String V2 = """
            CREATE TABLE users (id serial PRIMARY KEY, email varchar(200) NOT NULL UNIQUE, years integer);
            CREATE INDEX users_years_idx ON users (years);
            CREATE TABLE orders (id serial PRIMARY KEY, person_id integer REFERENCES users (id), total integer);
            CREATE VIEW big_orders AS SELECT o.id, u.email FROM orders o JOIN users u ON u.id = o.person_id WHERE o.total > 5;
            """;
    static final String ROWS = "INSERT INTO people (mail, age) VALUES ('a@x', '31'), ('b@x', '42');"
            + "INSERT INTO orders (person_id, total) VALUES (1, 5), (2, 7), (2, 9);";

    PgServer pg;
    String db;

    @Override
    String url() {
        return pg.url(db);
    }

    @Override
    Connection connect() throws SQLException {
        return pg.connect(db);
    }

    @BeforeEach
    void version1WithRows() throws Exception {
        pg = PgServers.embedded();
        db = pg.freshDatabase();
        pg.run(db, V1 + ROWS);
    }

    @AfterEach
    void dropDatabase() {
        pg.dropDatabase(db);
    }

    private void rowsKept() throws SQLException {
        assertThat(rows("SELECT id, email, years, pg_typeof(years) FROM users ORDER BY id"))
                .containsExactly("1|a@x|31|integer", "2|b@x|42|integer");
        assertThat(rows("SELECT id, person_id, total FROM orders ORDER BY id")).containsExactly("1|1|5", "2|2|7", "3|2|9");
        assertThat(rows("SELECT id, email FROM big_orders ORDER BY id")).containsExactly("2|b@x", "3|b@x");
        assertThat(rows("SELECT confrelid::regclass FROM pg_constraint WHERE conname = 'orders_person_id_fkey'"))
                .containsExactly("users");
        assertThat(rows("INSERT INTO users (email) VALUES ('c@x') RETURNING id")).containsExactly("3");
    }

    @Test
    void renamedTableAndRetypedColumnKeepTheirRows() throws Exception {
        String[] renames = {"--rename", "people=users", "--rename", "users.mail=email", "--rename", "users.age=years",
                "--using", "users.years=years::integer"};
        Result plan = ok(V2, concat("plan", renames));
        assertThat(plan.out()).contains("ALTER TABLE people RENAME TO users;",
                "ALTER TABLE users RENAME COLUMN mail TO email;", "ALTER TABLE users RENAME CONSTRAINT people_pkey TO users_pkey;",
                "ALTER TABLE users RENAME CONSTRAINT people_mail_key TO users_email_key;",
                "ALTER INDEX people_age_idx RENAME TO users_years_idx;", "ALTER SEQUENCE people_id_seq RENAME TO users_id_seq;",
                "ALTER TABLE users ALTER COLUMN email TYPE character varying(200);",
                "-- preflight: the conversion of users.years text -> integer succeeds on every row")
                .doesNotContain("DROP TABLE", "DROP COLUMN", "DROP CONSTRAINT", "DROP SEQUENCE", "hazard DL");
        converges(V2, renames);
        rowsKept();
    }

    @Test
    void declaredRenamesAndTheirMigration() throws Exception {
        String declared = "-- syncdb:rename people -> users\n-- syncdb:rename users.mail -> email\n"
                + "-- syncdb:rename users.age -> years\n" + V2.replace("years integer", "years text");
        Result gen = ok(declared, "migrate", "generate", "-m", "rename people");
        assertThat(gen.out()).contains("rename table people to users");
        List<String> files;
        try (var s = Files.list(dir.resolve("migrations"))) {
            files = s.sorted().map(p -> {
                try {
                    return Files.readString(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(files.get(1)).contains("ALTER TABLE people RENAME TO users;", "ALTER SEQUENCE people_id_seq RENAME TO users_id_seq;");
        assertThat(files.get(0)).contains("ALTER TABLE users RENAME TO people;", "ALTER SEQUENCE users_id_seq RENAME TO people_id_seq;",
                "ALTER TABLE users RENAME CONSTRAINT users_pkey TO people_pkey;");
        ok(declared, "upgrade");
        assertThat(ok(declared, "plan").out()).contains(PlanText.NO_CHANGES);
        ok(declared, "downgrade", "-1");
        assertThat(ok(V1, "plan").out()).contains(PlanText.NO_CHANGES);
        assertThat(rows("SELECT id, mail, age FROM people ORDER BY id")).containsExactly("1|a@x|31", "2|b@x|42");
    }

    private static String[] concat(String first, String[] rest) {
        String[] out = new String[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }
}
