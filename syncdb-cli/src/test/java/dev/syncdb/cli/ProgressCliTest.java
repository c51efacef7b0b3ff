package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.cli.output.ProgressDisplay;
import dev.syncdb.cli.wizard.Prompt;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Progress of long work on stderr: without a terminal a line per step with the elapsed time and a
 * heartbeat while a step runs long (a real {@code pg_sleep} in a migration, the heartbeat interval
 * shortened for the test); on a terminal a bar; nothing with {@code --quiet}; never on stdout.
 */
class ProgressCliTest {
    @TempDir
    Path dir;
    PgServer pg;
    String db;

    @BeforeEach
    void setUp() throws Exception {
        pg = PgServers.embedded();
        db = pg.freshDatabase();
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("V1__slow.sql"), "SELECT pg_sleep(1.6);\n");
        Files.writeString(migrations.resolve("V2__users.sql"), "CREATE TABLE users (id int PRIMARY KEY);\n");
    }

    @AfterEach
    void drop() {
        pg.dropDatabase(db);
    }

    private Result cli(Prompt prompt, String... args) {
        Map<String, String> env = Map.of("DATABASE_URL", pg.url(db), ProgressDisplay.HEARTBEAT_ENV, "0.3");
        return CliRunner.run(dir, env, prompt, args);
    }

    @Test
    void withoutATerminalEachStepIsALineAndALongStepHasHeartbeats() {
        Result r = cli(Prompt.none(), "upgrade", "--no-backup");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> err = r.errLines();
        assertThat(err.get(0)).matches("  \\[1/2] V1__slow\\.sql \\(at \\d+\\.\\d s\\)");
        List<String> beats = err.stream().filter(l -> l.startsWith("  ... still running: V1__slow.sql (")).toList();
        assertThat(beats).as(r.err()).hasSizeBetween(3, 30); // 1.6 s (more on a loaded machine) at one line per 0.3 s of silence
        assertThat(beats.get(beats.size() - 1)).matches("  \\.\\.\\. still running: V1__slow\\.sql \\(\\d+\\.\\d s\\)");
        assertThat(err).as(r.err()).anyMatch(l -> l.matches("  \\[2/2] V2__users\\.sql \\(at \\d+\\.\\d s\\)"));
        assertThat(err.get(err.size() - 1)).matches("  Upgrading: 2 steps done in \\d+\\.\\d s");
        assertThat(r.out()).doesNotContain("still running", "[1/2]").contains("Upgraded from base to 2");
    }

    @Test
    void quietShowsNoProgress() {
        Result r = cli(Prompt.none(), "upgrade", "--no-backup", "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aFailedStepEndsWithWhereItStoppedThenTheErrorLine() throws Exception {
        Files.writeString(dir.resolve("migrations/V3__bad.sql"), "CREATE TABLE users (id int);\n");
        Result r = cli(Prompt.none(), "upgrade", "--no-backup");
        assertThat(r.code()).isEqualTo(ExitCode.ERROR);
        List<String> err = r.errLines();
        assertThat(err).anyMatch(l -> l.matches("  \\[3/3] V3__bad\\.sql \\(at \\d+\\.\\d s\\)"));
        assertThat(err.get(err.size() - 2)).matches("  Upgrading: stopped at step 3/3 after \\d+\\.\\d s");
        assertThat(err.get(err.size() - 1)).startsWith("error: migration V3__bad.sql failed at statement 1");
    }

    @Test
    void onATerminalABarIsDrawnOnStderr() {
        Prompt terminal = new Prompt() {
            @Override
            public boolean interactive() {
                return true;
            }

            @Override
            public String ask(String question) {
                return null;
            }

            @Override
            public int width() {
                return 100;
            }
        };
        Result r = cli(terminal, "upgrade", "--no-backup", "--no-color");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("  Upgrading", "100%", "2/2", "\r").doesNotContain("still running");
        assertThat(r.out()).doesNotContain("Upgrading ");
    }
}
