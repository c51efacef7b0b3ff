package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line without a database: help, version, usage errors, resolution errors, masking. */
class CliTest {
    @TempDir
    Path dir;

    @BeforeEach
    void schemaFile() throws IOException {
        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE t (id int);\n");
    }

    @Test
    void versionComesFromTheBuild() {
        Result r = CliRunner.run(dir, "--version");
        assertThat(r.code()).isZero();
        assertThat(r.out().strip()).matches("syncdb \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void helpListsTheCommandsAndTheirOptions() {
        Result root = CliRunner.run(dir, "--help");
        assertThat(root.code()).isZero();
        assertThat(root.out()).contains("Usage: syncdb", "plan", "check", "apply", "--check-only", "--auto", "--url");
        Result apply = CliRunner.run(dir, "apply", "--help");
        assertThat(apply.code()).isZero();
        assertThat(apply.out()).contains("Usage: syncdb apply", "--auto", "--allow-destructive", "--no-backup",
                "--schema", "--env-file", "--config", "--dev-url", "--schema-name", "--verbose", "--no-color");
        assertThat(CliRunner.run(dir, "plan", "--help").out()).contains("--json");
        assertThat(CliRunner.run(dir, "check", "--help").out()).contains("--json");
    }

    @Test
    void unknownOptionPrintsErrorAndAHintAndExitsOne() {
        Result r = CliRunner.run(dir, "plan", "--bogus");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines().get(0)).isEqualTo("error: Unknown option: '--bogus'");
        assertThat(r.errLines()).last().isEqualTo("Run 'syncdb plan --help' for its options.");
        assertThat(r.err()).doesNotContain("Usage:");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownCommandExitsOne() {
        Result r = CliRunner.run(dir, "frobnicate");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: ").doesNotContain("Usage:");
    }

    @Test
    void aMistypedCommandGetsDidYouMeanAndAOneLineHint() {
        Result r = CliRunner.run(dir, "stauts");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("error: Unmatched argument at index 0: 'stauts'",
                "Did you mean: syncdb stamp or syncdb status or syncdb history?",
                "Run 'syncdb --help' for the commands and options.");
    }

    @Test
    void usageErrorsNeverShowAPassword() {
        Result r = CliRunner.run(dir, "plan", "postgresql://u:secret@h/db");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: ").contains("u:***@h").doesNotContain("secret");
    }

    @Test
    void checkOnlyAndAutoTogetherAreAUsageError() {
        Result r = CliRunner.run(dir, "--check-only", "--auto", "--url", "postgresql://h/db", "--schema", "schema.sql");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines().get(0)).isEqualTo("error: --check-only and --auto cannot be used together");
    }

    @Test
    void missingSchemaFileIsOneLineExitOne() {
        Result r = CliRunner.run(dir, "check", "--url", "postgresql://u:secret@127.0.0.1:1/db", "--schema", "missing.sql");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).startsWith("error: schema file not found: ").contains("missing.sql").doesNotContain("secret");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void noUrlIsOneLineExitOne() {
        Result r = CliRunner.run(dir, "plan", "--schema", "schema.sql");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("error: no database URL: pass --url, set DATABASE_URL, or add it to .env");
    }

    @Test
    void noSchemaIsOneLineExitOne() {
        Result r = CliRunner.run(dir, Map.of("DATABASE_URL", "postgresql://h/db"), "check");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).startsWith("error: no desired schema");
    }

    @Test
    void unknownSchemeIsOneLineExitOneAndMasked() {
        Result r = CliRunner.run(dir, "plan", "--url", "oracle://scott:secret@h:1521/orcl", "--schema", "schema.sql");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).startsWith("error: unsupported database URL scheme 'oracle'")
                .contains("oracle:***@h:1521/orcl").doesNotContain("secret");
    }

    @Test
    void unparsableUrlFromTheEnvironmentIsOneLineExitOneAndMasked() {
        Result r = CliRunner.run(dir, Map.of("DATABASE_URL", "postgresql://u:secret@h:port/db"), "plan", "--schema", "schema.sql");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).startsWith("error: invalid database URL from DATABASE_URL").doesNotContain("secret");
    }

    @Test
    void stackTraceOnlyWithVerbose() {
        String[] args = {"plan", "--url", "oracle://u:secret@h/db", "--schema", "schema.sql"};
        assertThat(CliRunner.run(dir, args).err()).doesNotContain("\tat ");
        Result verbose = CliRunner.run(dir, append(args, "--verbose"));
        assertThat(verbose.code()).isEqualTo(1);
        assertThat(verbose.errLines().get(0)).startsWith("error: unsupported database URL scheme");
        assertThat(verbose.err()).contains("\tat dev.syncdb.").doesNotContain("secret");
    }

    private static String[] append(String[] args, String more) {
        String[] out = java.util.Arrays.copyOf(args, args.length + 1);
        out[args.length] = more;
        return out;
    }
}
