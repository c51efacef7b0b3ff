package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code create-tables [--missing-only]} on SQLite: foreign-key order, existing tables and rows untouched. */
class CreateTablesSqliteTest {
    static final String SCHEMA = """
            CREATE TABLE order_items (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders (id),
                                      sku TEXT NOT NULL);
            CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id));
            CREATE INDEX orders_user_idx ON orders (user_id);
            CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);
            """;

    @TempDir
    Path dir;
    SqliteDb db;
    Map<String, String> env;

    @BeforeEach
    void setUp() throws Exception {
        db = new SqliteDb(dir.resolve("app.db"));
        Files.writeString(dir.resolve("schema.sql"), SCHEMA);
        env = Map.of("DATABASE_URL", db.url());
    }

    private Result cli(String... args) {
        String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of("create-tables", "--schema", "schema.sql",
                "--no-color"), java.util.stream.Stream.of(args)).toArray(String[]::new);
        return CliRunner.run(dir, env, all);
    }

    @Test
    void createsEveryTableInForeignKeyOrderOnANewDatabase() throws Exception {
        Result r = cli();
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).containsSubsequence("created  users", "created  orders", "created  order_items")
                .contains("Created 3 tables, skipped 0 that exist");
        assertThat(db.tables()).containsExactly("order_items", "orders", "users");
        assertThat(db.count("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'orders_user_idx'")).isEqualTo(1);
        assertThat(CliRunner.run(dir, env, "check", "--schema", "schema.sql").code()).isZero();
    }

    @Test
    void missingOnlyAdoptsWhatIsThereAndNeverAltersIt() throws Exception {
        db.run("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, nickname TEXT);"
                + "INSERT INTO users VALUES (1, 'a@x', 'a'), (2, NULL, 'b');"
                + "CREATE TABLE audit (id INTEGER PRIMARY KEY); INSERT INTO audit VALUES (7)");
        Result r = cli("--missing-only");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).containsSubsequence("created  orders", "created  order_items")
                .contains("skipped  users (exists; left as it is)", "kept     audit (not in the desired schema; left as it is)",
                        "Created 2 tables, skipped 1 that exist")
                .doesNotContain("difference");
        assertThat(db.tables()).containsExactly("audit", "order_items", "orders", "users");
        assertThat(db.columns("users")).containsExactly("id", "email", "nickname");
        assertThat(db.count("SELECT count(*) FROM users")).isEqualTo(2);
        assertThat(db.count("SELECT count(*) FROM audit")).isEqualTo(1);

        Result again = cli("--missing-only");
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("Created 0 tables, skipped 3 that exist.");
    }

    @Test
    void withoutMissingOnlyTheExistingTablesAreComparedAndExitTwo() throws Exception {
        db.run("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, nickname TEXT); INSERT INTO users VALUES (1, 'a@x', 'a')");
        Result r = cli();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("Created 2 tables, skipped 1 that exist", "difference(s) in existing tables, not applied:",
                "drop column users.nickname", "alter column users.email [NULLABLE]", "--missing-only");
        assertThat(db.tables()).containsExactly("order_items", "orders", "users");
        assertThat(db.columns("users")).containsExactly("id", "email", "nickname");
        assertThat(db.count("SELECT count(*) FROM users")).isEqualTo(1);
    }
}
