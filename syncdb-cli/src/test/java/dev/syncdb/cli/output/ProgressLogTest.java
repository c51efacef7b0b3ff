package dev.syncdb.cli.output;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressLogTest {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void aQuickRunPrintsNothing() {
        ProgressLog log = new ProgressLog(out, Duration.ofSeconds(10));
        log.started("Applying", 3);
        log.step(0, "create table a");
        log.step(1, "create table b");
        log.step(2, "create table c");
        log.finished(true);
        assertThat(lines()).isEmpty();
    }

    @Test
    void aQuickRunThatFailsSaysWhereItStopped() {
        ProgressLog log = new ProgressLog(out, Duration.ofSeconds(10));
        log.started("Applying", 3);
        log.step(0, "create table a");
        log.step(1, "create table b");
        log.finished(false);
        assertThat(lines()).hasSize(2);
        assertThat(lines().get(0)).matches("  \\[2/3] create table b \\(at \\d+\\.\\d s\\)");
        assertThat(lines().get(1)).matches("  Applying: stopped at step 2/3 after \\d+\\.\\d s");
    }

    @Test
    void aLongRunPrintsTheRunningStepThenEveryStepAndHeartbeats() throws InterruptedException {
        ProgressLog log = new ProgressLog(out, Duration.ofMillis(200));
        log.started("Upgrading", 2);
        log.step(0, "V1__slow.sql");
        Thread.sleep(700);
        log.step(1, "V2__quick.sql");
        log.finished(true);
        List<String> lines = lines();
        assertThat(lines.get(0)).matches("  \\[1/2] V1__slow\\.sql \\(at \\d+\\.\\d s\\)");
        assertThat(lines).anyMatch(l -> l.startsWith("  ... still running: V1__slow.sql"));
        assertThat(lines).anyMatch(l -> l.matches("  \\[2/2] V2__quick\\.sql \\(at \\d+\\.\\d s\\)"));
        assertThat(lines.get(lines.size() - 1)).matches("  Upgrading: 2 steps done in \\d+\\.\\d s");
    }
}
