package dev.syncdb.cli;

import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.session.Session;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chaos suite, part 2: two applies of the same desired schema start at the same moment on the same
 * database (two threads, each with its own connection), 100 times (ten in the build). Every time
 * exactly one applies and the other, once the syncdb lock lets it through, finds nothing to do.
 */
@Tag("chaos")
class ChaosConcurrentApplyTest {
    private static final List<String> CURRENT = List.of(
            "CREATE TABLE items (id int NOT NULL PRIMARY KEY, qty int NOT NULL)",
            "INSERT INTO items (id, qty) VALUES (1, 10), (2, 20), (3, 30)");
    private static final String DESIRED = """
            CREATE TABLE items (id int NOT NULL PRIMARY KEY, qty bigint NOT NULL, note varchar(40));
            CREATE INDEX items_qty ON items (qty);
            CREATE TABLE audit (id int NOT NULL PRIMARY KEY, item_id int NOT NULL,
              CONSTRAINT audit_item_fk FOREIGN KEY (item_id) REFERENCES items (id));
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite", "mysql"})
    void exactlyOneOfTwoConcurrentAppliesApplies(String kind) throws Exception {
        Path schema = Files.writeString(dir.resolve("desired.sql"), DESIRED);
        int trials = Chaos.concurrentTrials();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int trial = 1; trial <= trials; trial++) {
                oneTrial(kind, schema, trial, pool);
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("chaos concurrent %s: %d trials, %.1f s%n", kind, trials, (System.nanoTime() - t0) / 1e9);
    }

    private void oneTrial(String kind, Path schema, int trial, ExecutorService pool) throws Exception {
        ChaosDb db = ChaosDb.fresh(kind, dir);
        try {
            db.run(CURRENT);
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<ApplyResult.Outcome>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return new ApplyUseCase().run(ChaosKillTest.request(db, schema), ApplyOptions.auto(false)).outcome();
                }));
            }
            List<ApplyResult.Outcome> outcomes = new ArrayList<>();
            for (Future<ApplyResult.Outcome> f : runs) {
                outcomes.add(f.get(120, TimeUnit.SECONDS));
            }
            assertThat(outcomes).as(kind + " trial " + trial)
                    .containsExactlyInAnyOrder(ApplyResult.Outcome.APPLIED, ApplyResult.Outcome.NOTHING_TO_DO);
            try (Session s = Session.open(db.parsed(), null, false)) {
                assertThat(PlanUseCase.plan(s, ChaosKillTest.request(db, schema)).inSync()).as(kind + " trial " + trial).isTrue();
            }
        } finally {
            db.drop().run();
        }
    }
}
