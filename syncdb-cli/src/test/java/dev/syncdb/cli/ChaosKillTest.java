package dev.syncdb.cli;

import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.desired.SqlFilesSource;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.engine.session.Session;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chaos suite, part 1: a child JVM applies a plan of about 50 steps to a database with rows and is
 * halted (exit 137, like {@code kill -9}) the moment step k starts, for every k (a sample of five in
 * the build). PostgreSQL and SQLite must be exactly as before (inspected schema and every table's row
 * checksum); MySQL, which commits each DDL statement, must converge on a rerun without losing a row.
 */
@Tag("chaos")
class ChaosKillTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite", "mysql"})
    void killedAtEveryStepLosesNothing(String kind) throws Exception {
        Path schema = Files.writeString(dir.resolve("desired.sql"), ChaosSchema.desired(sqlite(kind)));
        int steps = planSize(kind, schema);
        assertThat(steps).as("plan steps on " + kind).isBetween(40, 60);
        long t0 = System.nanoTime();
        List<Integer> points = Chaos.killPoints(steps);
        for (int k : points) {
            killOnce(kind, schema, k);
        }
        System.out.printf("chaos kill %s: %d steps, %d kill points, %.1f s%n", kind, steps, points.size(),
                (System.nanoTime() - t0) / 1e9);
    }

    private int planSize(String kind, Path schema) throws Exception {
        ChaosDb db = seeded(kind);
        try (Session s = Session.open(db.parsed(), null, false)) {
            return PlanUseCase.plan(s, request(db, schema)).plan().steps().size();
        } finally {
            db.drop().run();
        }
    }

    private void killOnce(String kind, Path schema, int k) throws Exception {
        ChaosDb db = seeded(kind);
        try {
            List<String> columns = db.transactional() ? null : ChaosSchema.COLUMNS;
            ChaosFingerprint before = ChaosFingerprint.of(db, ChaosSchema.tables(sqlite(kind)), columns);
            Path log = dir.resolve("kill-" + kind + "-" + k + ".log");
            Process child = ChildJvm.start(dir, Map.of(), log, ChaosKillChild.class.getName(), db.url(), schema.toString(),
                    String.valueOf(k));
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();
            String out = Files.readString(log);
            assertThat(child.exitValue()).as(kind + " k=" + k + ": " + out).isEqualTo(137);
            assertThat(out).contains("STEP " + k + ":");
            if (db.transactional()) {
                ChaosFingerprint after = ChaosFingerprint.of(db, ChaosSchema.tables(sqlite(kind)), null);
                assertThat(after.schema()).as(kind + " schema after kill at step " + k).isEqualTo(before.schema());
                assertThat(after.rows()).as(kind + " rows after kill at step " + k).isEqualTo(before.rows());
            } else {
                SyncRequest request = request(db, schema);
                ApplyResult rerun = new ApplyUseCase().run(request, ApplyOptions.auto(false));
                assertThat(rerun.outcome()).as(kind + " rerun after kill at step " + k).isEqualTo(ApplyResult.Outcome.APPLIED);
                try (Session s = Session.open(db.parsed(), null, false)) {
                    assertThat(PlanUseCase.plan(s, request).inSync()).as(kind + " converged after kill at " + k).isTrue();
                }
                ChaosFingerprint after = ChaosFingerprint.of(db, ChaosSchema.tables(sqlite(kind)), columns);
                assertThat(after.rows()).as(kind + " rows after kill at step " + k + " and rerun").isEqualTo(before.rows());
            }
        } finally {
            db.drop().run();
        }
    }

    private ChaosDb seeded(String kind) throws Exception {
        ChaosDb db = ChaosDb.fresh(kind, dir);
        db.run(ChaosSchema.current(sqlite(kind)));
        return db;
    }

    private static boolean sqlite(String kind) {
        return kind.equals("sqlite");
    }

    static SyncRequest request(ChaosDb db, Path schema) {
        return new SyncRequest(db.parsed(), null, new SqlFilesSource(List.of(schema), null), null);
    }
}
