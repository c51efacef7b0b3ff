package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.cli.config.RunRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --timings}, {@code --cache-dir}, {@code --no-cache} and {@code SYNCDB_CACHE_DIR} on an SQLite database. */
class TimingsAndCacheCliTest {
    private static final String SCHEMA = "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n";

    @Test
    void timingsNameThePhasesAndTheCacheOutcome(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("schema.sql"), SCHEMA);
        String url = "sqlite:" + dir.resolve("app.db");
        assertThat(CliRunner.run(dir, Map.of(), "apply", "--auto", "--no-backup", "--url", url, "--schema", "schema.sql").code())
                .isZero();

        Result first = CliRunner.run(dir, Map.of(), "check", "--timings", "--cache-dir", "c", "--url", url, "--schema", "schema.sql");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("In sync");
        assertThat(first.err()).contains("timings:", "connect", "inspect current", "materialize", "inspect desired",
                "diff", "plan", "total", "since JVM start", "peak heap").containsPattern("cache +miss");
        assertThat(dir.resolve("c/.gitignore")).exists();

        Result second = CliRunner.run(dir, Map.of(), "check", "--timings", "--cache-dir", "c", "--url", url, "--schema", "schema.sql");
        assertThat(second.code()).isZero();
        assertThat(second.err()).containsPattern("cache +hit").doesNotContain("materialize");

        Result quiet = CliRunner.run(dir, Map.of(), "check", "--cache-dir", "c", "--url", url, "--schema", "schema.sql");
        assertThat(quiet.err()).doesNotContain("timings:");
    }

    @Test
    void noCacheAndTheEnvironmentChooseWhereTheCacheIs(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("schema.sql"), SCHEMA);
        String url = "sqlite:" + dir.resolve("app.db");
        CliRunner.run(dir, Map.of(), "apply", "--auto", "--no-backup", "--url", url, "--schema", "schema.sql");

        Result off = CliRunner.run(dir, Map.of(), "plan", "--timings", "--no-cache", "--url", url, "--schema", "schema.sql");
        assertThat(off.code()).isZero();
        assertThat(off.err()).containsPattern("cache +off");

        Result env = CliRunner.run(dir, Map.of("SYNCDB_CACHE_DIR", "from-env"), "check", "--url", url, "--schema", "schema.sql");
        assertThat(env.code()).isZero();
        try (var files = Files.list(dir.resolve("from-env"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".model"))).hasSize(1);
        }
        assertThat(dir.resolve(RunRequest.DEFAULT_CACHE_DIR)).exists();
    }

    @Test
    void everyCommandThatComparesUsesTheCacheAndPrintsTheTimings(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("schema.sql"), SCHEMA);
        String url = "sqlite:" + dir.resolve("app.db");
        String[][] commands = {{"create-tables"}, {"verify"}, {"migrate", "generate", "-m", "init"}, {"check"}};
        for (int i = 0; i < commands.length; i++) {
            String cache = "cache-" + i;
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(commands[i]),
                    java.util.stream.Stream.of("--timings", "--cache-dir", cache, "--url", url, "--schema", "schema.sql"))
                    .toArray(String[]::new);
            Result r = CliRunner.run(dir, Map.of(), args);
            String name = String.join(" ", commands[i]);
            assertThat(r.code()).as(name + ": " + r.out() + r.err()).isZero();
            assertThat(r.err()).as(name).contains("timings:", "total");
            try (var files = Files.list(dir.resolve(cache))) {
                assertThat(files.filter(p -> p.toString().endsWith(".model"))).as(name).hasSize(1);
            }
        }
    }
}
