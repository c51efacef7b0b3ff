package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.cli.CliRunner.ScriptedPrompt;
import dev.syncdb.cli.wizard.Prompt;
import dev.syncdb.cli.wizard.TerminalPrompt;
import dev.syncdb.cli.wizard.WizardConfirm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The interactive wizard on SQLite, driven by scripted answers, and the root command without a terminal. */
class WizardSqliteTest {
    static final String V1 = "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n"
            + "CREATE TABLE legacy (id INTEGER PRIMARY KEY);\n";
    static final String V2 = "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT);\n"
            + "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id));\n"
            + "CREATE INDEX orders_user_idx ON orders (user_id);\n";

    @TempDir
    Path dir;
    SqliteDb db;

    @BeforeEach
    void setUp() throws Exception {
        db = new SqliteDb(dir.resolve("app.db"));
        db.run(V1 + "INSERT INTO users (email) VALUES ('a@x'), ('b@x'); INSERT INTO legacy VALUES (1), (2), (3)");
        Files.writeString(dir.resolve("schema.sql"), V2 + "CREATE TABLE legacy (id INTEGER PRIMARY KEY);\n");
        Files.writeString(dir.resolve("syncdb.yaml"), "url: " + db.url() + "\nschema: schema.sql\nrequire: users, orders\n");
    }

    private Result wizard(Prompt prompt, String... args) {
        return CliRunner.run(dir, Map.of(), prompt, append(args, "--no-color"));
    }

    @Test
    void acceptedWizardBacksUpAppliesAndVerifiesInNumberedSteps() throws Exception {
        ScriptedPrompt answers = new ScriptedPrompt("", "y", "y");
        Result r = wizard(answers);
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(answers.questions).containsExactly("  Take a full backup before changing anything? [Y/n] ",
                "  Show the SQL that will run? [y/N] ", "  Apply 2 steps now, in one transaction? [y/N] ");
        assertThat(r.out()).contains("Step 1/8  Connection", "✅ connected to sqlite:", "(SQLite 3.",
                "Step 2/8  Current state", "✅ 2 tables in the database: legacy, users",
                "✅ required table users", "❌ required table orders is missing",
                "Step 3/8  Backup", "✅ Backup: backups/app-", "Step 4/8  Changes", "table orders", "create table orders",
                "table users", "add column users.name", "Step 5/8  Review the SQL", "ALTER TABLE \"users\" ADD COLUMN \"name\" TEXT;",
                "Step 7/8  Apply", "✅ applied 2 steps in ", "Step 8/8  Verify",
                "✅ the database matches the desired schema", "Done: applied and verified.");
        assertThat(r.out().indexOf("Step 3/8")).isLessThan(r.out().indexOf("Step 4/8"));
        assertThat(r.out()).as("progress goes to stderr (and only once a run takes a second)").doesNotContain("  [1/2] ", "  Applying: ");
        assertThat(db.tables()).containsExactly("legacy", "orders", "users");
        assertThat(db.columns("users")).containsExactly("id", "email", "name");
        assertThat(db.count("SELECT count(*) FROM users")).isEqualTo(2);
        assertThat(backups()).hasSize(1);
        assertThat(CliRunner.run(dir, "--check-only").code()).isZero();
    }

    @Test
    void rejectedWizardChangesNothing() throws Exception {
        ScriptedPrompt answers = new ScriptedPrompt("n", "n", "n");
        Result r = wizard(answers);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("no backup taken", "Step 6/8  Confirm", WizardConfirm.CANCELLED)
                .doesNotContain("Step 7/8", "CREATE TABLE");
        assertThat(db.tables()).containsExactly("legacy", "users");
        assertThat(db.columns("users")).containsExactly("id", "email");
        assertThat(dir.resolve("backups")).doesNotExist();
    }

    @Test
    void aDataLosingStepNeedsItsOwnYes() throws Exception {
        Files.writeString(dir.resolve("schema.sql"), V2);
        ScriptedPrompt declined = new ScriptedPrompt("n", "n", "n");
        Result r = wizard(declined);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("drop table legacy  [DL101]", "hazard DL101: drops a table and every row in it",
                "1 step loses data:", "drop table legacy (drops 3 rows of legacy)");
        assertThat(declined.questions).contains("  Apply the data-losing steps too? [y/N] ").hasSize(3);
        assertThat(db.count("SELECT count(*) FROM legacy")).isEqualTo(3);

        ScriptedPrompt accepted = new ScriptedPrompt("n", "n", "y", "y");
        Result applied = wizard(accepted);
        assertThat(applied.code()).as(applied.out() + applied.err()).isZero();
        assertThat(db.tables()).containsExactly("orders", "users");
    }

    @Test
    void aFailingBackupStopsTheWizardWithNothingChanged() throws Exception {
        Files.writeString(dir.resolve("not-a-dir"), "x");
        ScriptedPrompt answers = new ScriptedPrompt("y", "y", "y");
        Result r = wizard(answers, "--backup-dir", "not-a-dir/backups");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("Step 3/8  Backup", "❌ backup to ").doesNotContain("Step 4/8");
        assertThat(r.err()).startsWith("error: backup to ").contains("failed");
        assertThat(answers.questions).hasSize(1);
        assertThat(db.tables()).containsExactly("legacy", "users");
    }

    @Test
    void aStepTheDataWouldMakeFailEndsTheWizardWithExitThree() throws Exception {
        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE);\n"
                + "CREATE TABLE legacy (id INTEGER PRIMARY KEY);\n");
        db.run("INSERT INTO users (email) VALUES ('a@x')");
        ScriptedPrompt answers = new ScriptedPrompt("n", "y", "y");
        Result r = wizard(answers);
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains("preflight BLOCKED: 1 duplicated key in users[email]",
                "❌ 1 of 1 steps would fail on the current data; nothing was changed").doesNotContain("Step 5/8");
        assertThat(db.count("SELECT count(*) FROM users")).isEqualTo(3);
    }

    @Test
    void inSyncEndsAfterTheChangesStep() throws Exception {
        Files.writeString(dir.resolve("schema.sql"), V1);
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/V1__init.sql"), V1);
        ScriptedPrompt answers = new ScriptedPrompt();
        Result r = wizard(answers, "--require", "users");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("✅ migrations: at version base, 1 pending", "nothing will change: no backup needed",
                "✅ no changes: the database matches the desired schema").doesNotContain("Step 5/8");
        assertThat(answers.questions).isEmpty();
    }

    @Test
    void throughJLineOverStreamsAndAtEndOfInputItNeverWaits() throws Exception {
        ByteArrayOutputStream echo = new ByteArrayOutputStream();
        Prompt accept = TerminalPrompt.over(new ByteArrayInputStream("\nn\ny\n".getBytes(StandardCharsets.UTF_8)), echo);
        Result r = wizard(accept);
        assertThat(r.code()).as(r.out() + r.err() + "\nECHO:" + echo.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(echo.toString(StandardCharsets.UTF_8)).contains("Take a full backup", "Apply 2 steps now");
        assertThat(db.tables()).containsExactly("legacy", "orders", "users");

        db.run("DROP TABLE orders");
        Prompt eof = TerminalPrompt.over(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream());
        Result ended = wizard(eof);
        assertThat(ended.code()).isEqualTo(1);
        assertThat(ended.out()).contains("no backup taken", WizardConfirm.CANCELLED);
        assertThat(db.tables()).containsExactly("legacy", "users");
    }

    @Test
    void withoutATerminalTheRootCommandReportsLikeCheckOnly() {
        Result plain = CliRunner.run(dir, "--no-color");
        assertThat(plain.code()).isEqualTo(2);
        assertThat(plain.out()).contains("2 differences:", "table orders").doesNotContain("Step 1/");
        Result checkOnly = CliRunner.run(dir, Map.of(), new ScriptedPrompt(), "--check-only", "--no-color");
        assertThat(checkOnly.code()).isEqualTo(2);
        assertThat(checkOnly.out()).isEqualTo(plain.out());
    }

    @Test
    void aSuggestedRenameIsAskedAndAnAcceptedOneKeepsTheData() throws Exception {
        db.run("ALTER TABLE users RENAME COLUMN email TO mail");
        Files.writeString(dir.resolve("schema.sql"), V1);
        Files.writeString(dir.resolve("syncdb.yaml"), "url: " + db.url() + "\nschema: schema.sql\n");
        ScriptedPrompt declined = new ScriptedPrompt("n", "n");
        Result no = wizard(declined);
        assertThat(declined.questions.get(1)).startsWith("  Is it a rename of users.mail to users.email (keeps its data)?");
        assertThat(no.code()).as("the drop + add leaves NOT NULL users.email empty").isEqualTo(3);
        assertThat(no.out()).contains("column users.mail disappears and users.email appears", "kept as drop and add",
                "drops a column and its values: users.mail");
        assertThat(db.columns("users")).containsExactly("id", "mail");

        ScriptedPrompt accepted = new ScriptedPrompt("n", "y", "n", "y");
        Result yes = wizard(accepted);
        assertThat(yes.code()).as(yes.out() + yes.err()).isZero();
        assertThat(yes.out()).contains("✅ rename users.mail to users.email (without questions: --rename users.mail=email)",
                "rename column users.mail to email").doesNotContain("drop column users.mail");
        assertThat(db.columns("users")).containsExactly("id", "email");
        assertThat(db.count("SELECT count(*) FROM users WHERE email IN ('a@x', 'b@x')")).isEqualTo(2);
    }

    @Test
    void aRealProcessWithAnOpenButSilentStdinNeverWaits() throws Exception {
        Path log = dir.resolve("child.log");
        Process p = ChildJvm.start(dir, Map.of(), log, "dev.syncdb.cli.Main");
        try {
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the child waited for input").isTrue();
            assertThat(p.exitValue()).as(Files.readString(log)).isEqualTo(2);
            assertThat(Files.readString(log)).contains("2 differences:").doesNotContain("Step 1/");
        } finally {
            p.destroyForcibly();
        }
        assertThat(db.tables()).containsExactly("legacy", "users");
    }

    private Path[] backups() throws Exception {
        try (Stream<Path> s = Files.list(dir.resolve("backups"))) {
            return s.filter(f -> !f.getFileName().toString().equals(".gitignore")).toArray(Path[]::new);
        }
    }

    private static String[] append(String[] args, String... more) {
        return Stream.concat(Stream.of(args), Stream.of(more)).toArray(String[]::new);
    }
}
