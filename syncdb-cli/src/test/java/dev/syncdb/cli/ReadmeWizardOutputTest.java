package dev.syncdb.cli;

import dev.syncdb.cli.wizard.Prompt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's wizard session as a terminal shows it: questions and typed answers on the screen
 * among the output, colors off the screen, a redrawn line shown as its last drawing.
 */
class ReadmeWizardOutputTest {
    /** The columns of the terminal the README's session ran in (its progress bar fills them). */
    static final int COLUMNS = 90;

    @TempDir
    Path dir;

    /** A terminal that answers from a script and shows each question with the answer typed after it. */
    static final class Screen implements Prompt {
        private final PrintStream screen;
        private final Deque<String> answers;

        Screen(PrintStream screen, String... answers) {
            this.screen = screen;
            this.answers = new ArrayDeque<>(Arrays.asList(answers));
        }

        @Override
        public boolean interactive() {
            return true;
        }

        @Override
        public String ask(String question) {
            String a = answers.poll();
            screen.println(question + (a == null ? "" : a));
            return a;
        }

        @Override
        public int width() {
            return COLUMNS;
        }
    }

    @Test
    void wizardSession() throws Exception {
        SqliteDb db = new SqliteDb(dir.resolve("app.db"));
        db.run("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\nCREATE TABLE legacy (id INTEGER PRIMARY KEY);\n"
                + "INSERT INTO users (email) VALUES ('a@x'), ('b@x'); INSERT INTO legacy VALUES (1), (2), (3)");
        Files.writeString(dir.resolve("s2.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT);\n"
                + "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id));\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream s = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        String[] args = {"--url", db.url(), "--schema", "s2.sql", "--require", "users,orders"};
        s.println("$ syncdb --url sqlite:app.db --schema s2.sql --require users,orders");
        int code = Main.run(args, new CliContext(s, s, Map.of(), dir, new Screen(s, "", "y", "y", "y")));
        assertThat(code).isZero();
        assertThat(db.tables()).containsExactly("orders", "users");
        ReadmeOutput.assertShows("wizard", shown(bytes.toString(StandardCharsets.UTF_8)), ReadmeOutput.common(dir)
                .replacing(db.url(), "sqlite:app.db"), l -> l.replaceAll("\\(\\d+:\\d\\d:\\d\\d\\) done$", "(#) done"));
    }

    /** What the screen shows: no color codes, and of a line drawn again and again ({@code \r}) its last drawing. */
    static List<String> shown(String text) {
        return Arrays.stream(text.replaceAll("\u001B\\[[0-9;]*[A-Za-z]", "").split("\n", -1))
                .map(l -> l.substring(l.lastIndexOf('\r') + 1)).toList();
    }
}
