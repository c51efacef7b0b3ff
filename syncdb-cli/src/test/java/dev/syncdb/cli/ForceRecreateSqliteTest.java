package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.cli.CliRunner.ScriptedPrompt;
import dev.syncdb.cli.wizard.Prompt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code syncdb --force-recreate} on SQLite: the typed words, the backup first, the seed data after. */
class ForceRecreateSqliteTest {
    static final String OLD = "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\n"
            + "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);\n";
    static final String NEW = "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT);\n"
            + "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id));\n";

    @TempDir
    Path dir;
    SqliteDb db;
    Map<String, String> env;

    @BeforeEach
    void setUp() throws Exception {
        db = new SqliteDb(dir.resolve("app.db"));
        db.run(OLD + "INSERT INTO users (email) VALUES ('a@x'), ('a@x'), (NULL); INSERT INTO notes (body) VALUES ('n')");
        Files.writeString(dir.resolve("schema.sql"), NEW);
        Files.createDirectories(dir.resolve("seed"));
        Files.writeString(dir.resolve("seed/01_users.sql"), "INSERT INTO users (id, email, name) VALUES (1, 'root@x', 'Root');\n"
                + "INSERT INTO users (id, email) VALUES (2, 'guest@x');\n");
        Files.writeString(dir.resolve("seed/02_orders.sql"), "INSERT INTO orders (user_id) VALUES (1);\n");
        env = Map.of("DATABASE_URL", db.url());
    }

    private Result cli(Prompt prompt, String... args) {
        String[] all = Stream.concat(Stream.of("--force-recreate", "--schema", "schema.sql", "--no-color"), Stream.of(args))
                .toArray(String[]::new);
        return CliRunner.run(dir, env, prompt, all);
    }

    private void assertUnchanged() throws Exception {
        assertThat(db.tables()).containsExactly("notes", "users");
        assertThat(db.count("SELECT count(*) FROM users")).isEqualTo(3);
        assertThat(dir.resolve("backups")).doesNotExist();
    }

    @Test
    void refusedWithoutTheExactWords() throws Exception {
        Result none = cli(Prompt.none());
        assertThat(none.code()).isEqualTo(3);
        assertThat(none.errLines()).hasSize(1);
        assertThat(none.err()).startsWith("error: refused: --force-recreate drops every table of sqlite:")
                .contains("nothing was changed", "--confirm \"DELETE ALL DATA\"");
        assertUnchanged();

        Result wrongFlag = cli(Prompt.none(), "--confirm", "delete all data");
        assertThat(wrongFlag.code()).isEqualTo(3);
        assertThat(wrongFlag.err()).contains("--confirm must be exactly \"DELETE ALL DATA\"");
        assertUnchanged();

        ScriptedPrompt typedWrong = new ScriptedPrompt("DELETE ALL");
        Result typed = cli(typedWrong);
        assertThat(typed.code()).isEqualTo(3);
        assertThat(typedWrong.questions).containsExactly("Type DELETE ALL DATA to continue: ");
        assertThat(typed.out()).contains("drops every table of the database (2 tables: notes, users)");
        assertUnchanged();

        Result auto = cli(new ScriptedPrompt("DELETE ALL DATA"), "--auto");
        assertThat(auto.code()).as("--auto never asks").isEqualTo(3);
        assertUnchanged();
    }

    @Test
    void withTheWordsItBacksUpRecreatesAndSeeds() throws Exception {
        Result r = cli(Prompt.none(), "--confirm", "DELETE ALL DATA", "--seed", "seed");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).containsPattern("Backup: backups/app-\\d{8}T\\d{6}Z\\.db \\(.*, 2 tables, 4 rows, VACUUM INTO\\)")
                .contains("dropped 2 tables, created 2 tables, ran 3 seed statements from seed;",
                        "verified: the database matches the desired schema.");
        assertThat(db.tables()).containsExactly("orders", "users");
        assertThat(db.columns("users")).containsExactly("id", "email", "name");
        assertThat(db.count("SELECT count(*) FROM users")).isEqualTo(2);
        assertThat(db.count("SELECT count(*) FROM orders WHERE user_id = 1")).isEqualTo(1);
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            Path backup = files.filter(f -> !f.getFileName().toString().equals(".gitignore")).findFirst().orElseThrow();
            assertThat(new SqliteDb(backup).count("SELECT count(*) FROM users")).isEqualTo(3);
        }
        assertThat(CliRunner.run(dir, env, "check", "--schema", "schema.sql").code()).isZero();
    }

    @Test
    void typedOnTheTerminalItRecreates() throws Exception {
        ScriptedPrompt typed = new ScriptedPrompt(" DELETE ALL DATA ");
        Result r = cli(typed, "--no-backup");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).doesNotContain("Backup:");
        assertThat(db.tables()).containsExactly("orders", "users");
        assertThat(db.count("SELECT count(*) FROM users")).isZero();
    }

    @Test
    void aFailingBackupOrSeedStopsItWithNothingChanged() throws Exception {
        Files.writeString(dir.resolve("not-a-dir"), "x");
        Result backup = cli(Prompt.none(), "--confirm", "DELETE ALL DATA", "--backup-dir", "not-a-dir/backups");
        assertThat(backup.code()).isEqualTo(1);
        assertThat(backup.err()).startsWith("error: backup to ").contains("failed");
        assertUnchanged();

        Files.writeString(dir.resolve("bad-seed.sql"), "INSERT INTO users (id, email) VALUES (1, 'x');\nINSERT INTO nowhere VALUES (1);\n");
        Result seed = cli(Prompt.none(), "--confirm", "DELETE ALL DATA", "--no-backup", "--seed", "bad-seed.sql");
        assertThat(seed.code()).isEqualTo(1);
        assertThat(seed.errLines().get(seed.errLines().size() - 1)).as("after the progress lines")
                .startsWith("error: apply failed at step 'seed ").contains("nowhere", "rolled back");
        assertUnchanged();

        Result missing = cli(Prompt.none(), "--confirm", "DELETE ALL DATA", "--seed", "missing.sql");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.errLines()).containsExactly("error: seed file not found: missing.sql");
        assertUnchanged();
    }
}
