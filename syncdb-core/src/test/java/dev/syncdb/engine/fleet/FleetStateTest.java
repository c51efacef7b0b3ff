package dev.syncdb.engine.fleet;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.DatabaseUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The state file (torn lines, another run's file), the targets file, and the grouping and exit codes of a result. */
class FleetStateTest {
    @TempDir
    Path dir;

    private static TargetOutcome outcome(String target, TargetStatus s, String hash, String error) {
        return new TargetOutcome(target, s, hash, Instant.parse("2026-12-03T10:00:00Z"), Duration.ofMillis(12), error, false);
    }

    @Test
    void resumeReadsTheLastLineOfEachTargetAndIgnoresATornOne() throws Exception {
        Path file = dir.resolve("s/fleet.state");
        try (FleetState s = FleetState.open(file, "apply desired 1", false)) {
            s.record(outcome("a", TargetStatus.FAILED, null, "cannot connect:\tport 1\nnext"));
            s.record(outcome("a", TargetStatus.APPLIED, "abc", null));
            s.record(outcome("b", TargetStatus.REFUSED, null, "refused: x"));
        }
        Files.writeString(file, "c\tAPPL", StandardOpenOption.APPEND);
        try (FleetState s = FleetState.open(file, "apply desired 1", true)) {
            assertThat(s.earlier("a").status()).isEqualTo(TargetStatus.APPLIED);
            assertThat(s.earlier("a").planHash()).isEqualTo("abc");
            assertThat(s.earlier("b").error()).isEqualTo("refused: x");
            assertThat(s.earlier("c")).isNull();
            s.record(outcome("c", TargetStatus.IN_SYNC, null, null));
        }
        try (FleetState s = FleetState.open(file, "apply desired 1", true)) {
            assertThat(s.earlier("c").status()).isEqualTo(TargetStatus.IN_SYNC);
        }
        assertThat(FleetState.parse(String.join("\t", "a", "FAILED", "-", "2026-12-03T10:00:00Z", "5",
                FleetState.escape("x\ty\nz\\")))).extracting(TargetOutcome::error).isEqualTo("x\ty\nz\\");
        assertThatThrownBy(() -> FleetState.open(file, "apply desired 2", true)).isInstanceOf(SyncdbException.class)
                .hasMessageContaining("written by another run");
        assertThatThrownBy(() -> FleetState.open(dir.resolve("none"), "apply", true)).hasMessageContaining("no state file");
    }

    @Test
    void targetsFileExpandsVariablesSkipsCommentsAndNeverEchoesALine() throws Exception {
        Path file = dir.resolve("targets.txt");
        Files.writeString(file, "# fleet\n\npostgresql://app:${PW}@db1:5432/shop   # eu\n"
                + "  postgresql://app@db2/shop tenant_7\nsqlite:${DIR}/a.db\n");
        List<FleetTarget> t = TargetsFile.read(file, Map.of("PW", "s3cret", "DIR", "/data"));
        assertThat(t).extracting(FleetTarget::id).containsExactly("postgresql://app:***@db1:5432/shop",
                "postgresql://app@db2/shop#tenant_7", "sqlite:/data/a.db");
        assertThat(t.get(0).url().password()).isEqualTo("s3cret");
        Files.writeString(file, "postgresql://app:${NOPE}@db1/shop\n");
        assertThatThrownBy(() -> TargetsFile.read(file, Map.of())).hasMessage(file + " line 1: the environment variable NOPE is not set");
        Files.writeString(file, "postgresql://app:pw@db1/shop a b\n");
        assertThatThrownBy(() -> TargetsFile.read(file, Map.of())).hasMessageNotContaining("pw@");
    }

    @Test
    void groupsByPlanHashLargestFirstAndExitCodes() {
        List<TargetOutcome> all = List.of(outcome("1", TargetStatus.APPLIED, "aaa", null),
                outcome("2", TargetStatus.APPLIED, "aaa", null), outcome("3", TargetStatus.APPLIED, "bbb", null),
                outcome("4", TargetStatus.IN_SYNC, null, null), outcome("5", TargetStatus.APPLIED, "aaa", null));
        FleetResult r = new FleetResult(all, Map.of(), Duration.ZERO);
        assertThat(r.groups()).containsExactly(new FleetResult.Group(TargetStatus.APPLIED, "aaa", 3),
                new FleetResult.Group(TargetStatus.APPLIED, "bbb", 1), new FleetResult.Group(TargetStatus.IN_SYNC, null, 1));
        assertThat(r.exitCode()).isZero();
        assertThat(new FleetResult(List.of(outcome("1", TargetStatus.DIFFERENT, "a", null)), Map.of(), Duration.ZERO).exitCode()).isEqualTo(2);
        assertThat(new FleetResult(List.of(outcome("1", TargetStatus.REFUSED, null, "r"), outcome("2", TargetStatus.DIFFERENT, "a", null)),
                Map.of(), Duration.ZERO).exitCode()).isEqualTo(3);
        assertThat(new FleetResult(List.of(outcome("1", TargetStatus.REFUSED, null, "r"), outcome("2", TargetStatus.FAILED, null, "f")),
                Map.of(), Duration.ZERO).exitCode()).isEqualTo(1);
    }

    @Test
    void runnerStopsAtTheFirstFailureUnlessToldToGoOnAndSkipsDoneTargets() throws Exception {
        List<FleetTarget> targets = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            targets.add(new FleetTarget(DatabaseUrl.parse("sqlite:/x/t" + i + ".db"), null));
        }
        TargetWork work = t -> {
            if (t.id().endsWith("t3.db")) {
                throw SyncdbException.error("boom");
            }
            return new TargetWork.Done(TargetStatus.APPLIED, "h", "SQL;\n");
        };
        FleetResult stop = new FleetRunner(new FleetRunner.Options(1, 0, false), null, null).run(targets, work);
        assertThat(stop.counts()).containsEntry(TargetStatus.APPLIED, 3).containsEntry(TargetStatus.FAILED, 1)
                .containsEntry(TargetStatus.SKIPPED, 16);
        FleetResult goOn = new FleetRunner(new FleetRunner.Options(3, 0, true), null, null).run(targets, work);
        assertThat(goOn.counts()).containsEntry(TargetStatus.APPLIED, 19).containsEntry(TargetStatus.FAILED, 1);
        assertThat(goOn.plans()).containsEntry("h", "SQL;\n");
        Path file = dir.resolve("state");
        try (FleetState s = FleetState.open(file, "run", false)) {
            new FleetRunner(new FleetRunner.Options(2, 0, true), s, null).run(targets, work);
        }
        java.util.concurrent.atomic.AtomicInteger ran = new java.util.concurrent.atomic.AtomicInteger();
        try (FleetState s = FleetState.open(file, "run", true)) {
            FleetResult again = new FleetRunner(new FleetRunner.Options(2, 0, true), s, null).run(targets, t -> {
                ran.incrementAndGet();
                return new TargetWork.Done(TargetStatus.APPLIED, "h", null);
            });
            assertThat(again.outcomes().stream().filter(TargetOutcome::resumed).count()).isEqualTo(19);
        }
        assertThat(ran).hasValue(1);
    }
}
