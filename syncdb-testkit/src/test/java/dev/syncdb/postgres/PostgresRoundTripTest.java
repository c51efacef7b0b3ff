package dev.syncdb.postgres;

import dev.syncdb.diff.SchemaChange;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.model.Schema;
import dev.syncdb.postgres.PgScenario.Direction;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The PostgreSQL round-trip suite: for every scenario, server and direction, a database built from
 * one schema is brought to the other with apply, must then plan nothing, and must match a database
 * built from the target schema directly, both by syncdb's differ and by an independent catalog read.
 */
class PostgresRoundTripTest {

    /** One case: a scenario run one way on one server. */
    record Case(PgServer server, PgScenario scenario, Direction direction) {
        @Override
        public String toString() {
            return scenario.name() + " [" + server.label() + ", " + direction.label() + "]";
        }
    }

    /**
     * Every server x scenario x direction. {@code -Dsyncdb.scenarios=REGEX} keeps only scenarios whose
     * name matches (for example {@code -Dsyncdb.scenarios='06.*'}), to rerun a few while debugging.
     */
    static Stream<Case> cases() {
        String only = System.getProperty("syncdb.scenarios", ".*");
        List<PgScenario> scenarios = PgScenario.loadAll().stream().filter(s -> s.name().matches(only)).toList();
        List<Case> out = new ArrayList<>();
        for (PgServer server : PgServers.all()) {
            for (PgScenario s : scenarios) {
                for (Direction d : Direction.values()) {
                    out.add(new Case(server, s, d));
                }
            }
        }
        return out.stream();
    }

    /**
     * Cases known to fail, with their cause, from {@code scenarios/postgres/known-failures.txt}
     * ({@code name direction: cause}). A listed case must still fail; when it starts passing the test
     * says so, so the list only shrinks.
     */
    private static final java.util.Map<String, String> KNOWN = knownFailures();

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void convergesAndSecondRunDoesNothing(Case c, @TempDir Path tmp) throws Exception {
        String known = KNOWN.get(c.scenario().name() + " " + c.direction().label());
        if (known == null) {
            roundTrip(c, tmp);
            return;
        }
        Throwable failure = null;
        try {
            roundTrip(c, tmp);
        } catch (AssertionError | RuntimeException e) {
            failure = e;
        }
        if (failure == null) {
            fail(c + " now passes: remove it from scenarios/postgres/known-failures.txt (listed as: " + known + ")");
        }
    }

    private static java.util.Map<String, String> knownFailures() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        try (var in = PostgresRoundTripTest.class.getResourceAsStream("/scenarios/postgres/known-failures.txt")) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                int colon = line.indexOf(':');
                if (!line.isBlank() && !line.startsWith("#") && colon > 0) {
                    out.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    private static void roundTrip(Case c, Path tmp) throws Exception {
        PgServer server = c.server();
        String db = server.freshDatabase();
        String reference = null;
        try {
            PgSync.runSql(server, db, c.scenario().from(c.direction()));
            String to = c.scenario().to(c.direction());
            Path toFile = PgSync.write(tmp, "schema.sql", to);
            SyncRequest request = PgSync.request(server, db, toFile);

            ApplyResult first = apply(c, request);

            List<String> problems = new ArrayList<>();
            if (first.outcome() != ApplyResult.Outcome.APPLIED) {
                problems.add("the first apply found nothing to do (" + first.outcome()
                        + "): syncdb does not see the difference this scenario is about");
            }
            PlanResult again = new PlanUseCase().run(request);
            if (!again.plan().isEmpty()) {
                problems.add("second plan is not empty:\n" + PgSync.describe(again));
            }

            reference = server.freshDatabase();
            PgSync.runSql(server, reference, to);
            Schema applied = PgSync.inspect(server, db);
            Schema expected = PgSync.inspect(server, reference);
            List<SchemaChange> left = PgSync.diff(server, db, applied, expected);
            if (!left.isEmpty()) {
                problems.add("differ finds " + left.size() + " change(s) between the applied and a freshly built database:\n"
                        + PgSync.describe(left));
            }
            if (!expected.unsupported().isEmpty() || !applied.unsupported().isEmpty()) {
                problems.add("inspector reports unsupported objects: expected " + expected.unsupported()
                        + ", applied " + applied.unsupported());
            }
            List<String> catalog = PgCatalog.difference(PgCatalog.describe(server, db), PgCatalog.describe(server, reference));
            if (!catalog.isEmpty()) {
                problems.add("pg_catalog differs between the applied (-) and a freshly built (+) database:\n  "
                        + String.join("\n  ", catalog));
            }
            if (!problems.isEmpty()) {
                fail(c + ":\n" + String.join("\n", problems));
            }
        } finally {
            server.dropDatabase(db);
            if (reference != null) {
                server.dropDatabase(reference);
            }
        }
    }

    /** Applies, and on failure reports the plan that was attempted next to the error. */
    private static ApplyResult apply(Case c, SyncRequest request) {
        try {
            return new ApplyUseCase().run(request, ApplyOptions.auto(true));
        } catch (RuntimeException e) {
            String plan;
            try {
                plan = PgSync.describe(new PlanUseCase().run(request));
            } catch (RuntimeException again) {
                plan = "  (cannot plan either: " + again.getMessage() + ")";
            }
            throw new AssertionError(c + ":\napply failed: " + e.getMessage() + "\nplan was:\n" + plan, e);
        }
    }
}
