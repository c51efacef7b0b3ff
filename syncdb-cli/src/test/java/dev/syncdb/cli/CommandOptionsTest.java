package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each command takes only the options it uses: its help lists those and no others, and an option of
 * another command is a usage error (exit 1, one error line and the pointer to the help) before
 * anything connects.
 */
class CommandOptionsTest {
    private static final Pattern OPTION = Pattern.compile("(?m)^\\s+(?:-\\w, )?(--[a-z][a-z-]*|--\\[no-]online)");

    @TempDir
    Path dir;

    /** The long option names the help of {@code command} lists. */
    private List<String> options(String... command) {
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command), java.util.stream.Stream.of("--help"))
                .toArray(String[]::new);
        Result r = CliRunner.run(dir, Map.of(), args);
        assertThat(r.code()).as(r.err()).isZero();
        Matcher m = OPTION.matcher(r.out());
        List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void statusListsTheConnectionOutputMigrationAndFleetOptionsOnly() {
        assertThat(options("status")).containsExactlyInAnyOrder("--config", "--defaults-file", "--env-file", "--help",
                "--json", "--migrations", "--no-color", "--quiet", "--require", "--schema-name", "--url", "--verbose",
                "--version", "--targets", "--tenants", "--schema-name-pattern", "--parallel", "--canary",
                "--continue-on-error", "--resume", "--state");
    }

    @Test
    void planListsTheDesiredSchemaComparisonAndOnlineOptionsButNoSafety() {
        List<String> plan = options("plan");
        assertThat(plan).contains("--url", "--schema", "--entities", "--dev-url", "--rename", "--using", "--privileges",
                "--[no-]online", "--lock-wait-timeout", "--timings", "--no-cache", "--quiet");
        assertThat(plan).doesNotContain("--allow-destructive", "--no-backup", "--require", "--lock-timeout");
    }

    @Test
    void migrationCommandsTakeNoDesiredSchemaAndShowNeedsNoDatabase() {
        List<String> upgrade = options("upgrade");
        assertThat(upgrade).contains("--url", "--migrations", "--lock-timeout", "--no-backup", "--backup-dir", "--sql",
                "--lock-wait-timeout", "--lock-retries", "--[no-]online");
        assertThat(upgrade).doesNotContain("--schema", "--entities", "--rename", "--timings", "--allow-destructive");
        assertThat(options("migrate", "upgrade")).isEqualTo(upgrade);
        assertThat(options("show")).containsExactlyInAnyOrder("--help", "--json", "--migrations", "--no-color", "--quiet",
                "--verbose", "--version");
        assertThat(options("backup")).doesNotContain("--schema", "--migrations", "--online")
                .contains("--url", "--out", "--backup-dir");
    }

    @Test
    void applyTakesTheSafetyOptionsAndCreateTablesNoOnlineOnes() {
        assertThat(options("apply")).contains("--allow-destructive", "--no-backup", "--[no-]online", "--allow-rewrite",
                "--lock-timeout", "--schema", "--migrations").doesNotContain("--require");
        assertThat(options("create-tables")).contains("--schema", "--missing-only", "--lock-timeout")
                .doesNotContain("--[no-]online", "--allow-rewrite", "--allow-destructive");
        assertThat(options("migrate", "generate")).contains("--schema", "--migrations", "--allow-destructive", "--[no-]online");
    }

    @Test
    void theRootCommandStillTakesEveryOption() {
        assertThat(options()).contains("--url", "--schema", "--entities", "--classpath", "--naming", "--schema-name",
                "--dev-url", "--desired-url", "--env-file", "--config", "--defaults-file", "--using", "--backfill",
                "--rename", "--privileges", "--[no-]online", "--online-threshold-rows", "--lock-wait-timeout",
                "--lock-retries", "--allow-rewrite", "--migrations", "--timings", "--cache-dir", "--no-cache", "--quiet",
                "--verbose", "--no-color", "--allow-destructive", "--no-backup", "--require", "--lock-timeout");
    }

    @Test
    void anOptionTheCommandDoesNotUseIsAUsageErrorBeforeAnythingConnects() {
        String url = "sqlite:" + dir.resolve("app.db");
        assertRejected("status", "--allow-destructive", "status", "--url", url, "--allow-destructive");
        assertRejected("status", "--online", "status", "--url", url, "--online");
        assertRejected("upgrade", "--rename", "upgrade", "--url", url, "--rename", "a=b");
        assertRejected("migrate upgrade", "--entities", "migrate", "upgrade", "--url", url, "--entities", "com.acme");
        assertRejected("backup", "--migrations", "backup", "--url", url, "--migrations", "m");
        assertRejected("show", "--url", "show", "head", "--url", url);
        assertRejected("create-tables", "--allow-rewrite", "create-tables", "--url", url, "--allow-rewrite");
        assertThat(Files.exists(dir.resolve("app.db"))).as("nothing connected").isFalse();
    }

    private void assertRejected(String command, String option, String... args) {
        Result r = CliRunner.run(dir, Map.of(), args);
        String what = String.join(" ", args) + "\n" + r.err();
        assertThat(r.code()).as(what).isEqualTo(ExitCode.ERROR);
        assertThat(r.out()).as(what).isEmpty();
        List<String> lines = r.errLines();
        assertThat(lines.get(0)).as(what).startsWith("error: Unknown option").contains("'" + option + "'");
        assertThat(lines.get(lines.size() - 1)).as(what).isEqualTo("Run 'syncdb " + command + " --help' for its options.");
        assertThat(lines).as(what).hasSizeLessThanOrEqualTo(3); // at most one "Did you mean" line between
    }
}
