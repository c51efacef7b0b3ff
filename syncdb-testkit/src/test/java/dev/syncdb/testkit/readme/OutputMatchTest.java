package dev.syncdb.testkit.readme;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OutputMatchTest {
    final Normalize n = new Normalize();

    @Test
    void aBlockWithAbridgedPartsMatchesTheFullOutput() {
        List<String> block = List.of("...", "Step 3/5  Plan", "...", "Applied 4 steps in 9 ms; verified", "...");
        List<String> out = List.of("Step 1/5", "x", "Step 3/5 Plan", "a", "b", "Applied 4 steps in 120 ms; verified", "end");
        assertThat(OutputMatch.mismatch(block, out, n)).isNull();
    }

    @Test
    void aChangedCountIsDrift() {
        List<String> block = List.of("10 differences:", "...");
        String m = OutputMatch.mismatch(block, List.of("11 differences:", "x"), n);
        assertThat(m).startsWith("the README block stops matching at its line 1: '10 differences:'")
                .contains("11 differences:");
    }

    @Test
    void lineThatTheBlockDoesNotShowIsDriftUnlessAbridged() {
        assertThat(OutputMatch.mismatch(List.of("a", "c"), List.of("a", "b", "c"), n)).contains("line 2: 'c'");
        assertThat(OutputMatch.mismatch(List.of("a", "...", "c"), List.of("a", "b", "c"), n)).isNull();
        assertThat(OutputMatch.mismatch(List.of("a"), List.of("a", "b"), n)).contains("(end of block)");
    }

    @Test
    void dotsInsideALineStandForAnyText() {
        assertThat(OutputMatch.mismatch(List.of("$ syncdb apply --url ... --schema v2.sql"),
                List.of("$ syncdb apply --url postgresql://u@h/db --schema v2.sql"), n)).isNull();
        assertThat(OutputMatch.mismatch(List.of("$ syncdb apply --url ... --schema v2.sql"),
                List.of("$ syncdb apply --url postgresql://u@h/db --schema v3.sql"), n)).isNotNull();
    }

    @Test
    void whatDiffersBetweenRunsIsNormalized() {
        assertThat(OutputMatch.mismatch(
                List.of("Backup: backups/app-20261125T061005Z.db (12.0 KiB, 2 tables)", "up V20261125061358__a.sql (3 ms)",
                        "Target:  x (PostgreSQL 15.20)"),
                List.of("Backup: backups/app-20261203T132156Z-2.db (16.0 KiB, 2 tables)", "up V20261203132022_1__a.sql (0 ms)",
                        "Target: x (PostgreSQL 17.11)"), n)).isNull();
        assertThat(OutputMatch.mismatch(List.of("Backup: (12.0 KiB, 2 tables)"), List.of("Backup: (12.0 KiB, 3 tables)"), n))
                .isNotNull();
    }

    @Test
    void aSpringBootLogPrefixDiffersOnlyInTimePidAndPadding() {
        List<String> shown = List.of("2026-12-03T10:58:57.154Z  INFO 9491 --- [           main] d.s.Startup          : x");
        assertThat(OutputMatch.mismatch(shown, List.of("2026-12-04T08:01:02.003+01:00  INFO 15112 --- [ main] d.s.Startup : x"), n))
                .isNull();
        assertThat(OutputMatch.mismatch(shown, List.of("2026-12-04T08:01:02.003Z  WARN 15112 --- [ main] d.s.Startup : x"), n))
                .isNotNull();
    }
}
