package dev.syncdb.postgres;

import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import dev.syncdb.testkit.scenario.PgScenarioDatabases;
import dev.syncdb.testkit.scenario.RoundTripSuite;
import dev.syncdb.testkit.scenario.ScenarioOptions;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The PostgreSQL round-trip suite: for every scenario under {@code scenarios/postgres}, server and
 * direction, a database built from one schema is brought to the other with apply, must then plan
 * nothing, and must match a database built from the target schema directly, both by syncdb's differ
 * and by an independent catalog read ({@link PgCatalog}); the inspector must report nothing it does
 * not manage. The build runs every scenario in one of its two directions (chosen by a stable hash of
 * its name); {@code -Dsyncdb.scenarios.full=true}, or naming scenarios with
 * {@code -Dsyncdb.scenarios=REGEX}, runs both. Its cases run six at a
 * time (each has its own databases; most of the time goes to the server).
 */
class PostgresRoundTripTest {
    private static final Map<String, RoundTripSuite> SUITES = new ConcurrentHashMap<>();

    static Stream<RoundTripSuite.Case> cases() {
        return PgServers.all().stream().flatMap(server -> RoundTripSuite.cases("postgres", server.label(), 1).stream())
                .filter(RoundTripSuite.oneDirectionUnlessFull());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Execution(ExecutionMode.CONCURRENT)
    void convergesAndSecondRunDoesNothing(RoundTripSuite.Case c) {
        suite(c.where()).check(c);
    }

    private static RoundTripSuite suite(String label) {
        return SUITES.computeIfAbsent(label, l -> {
            PgServer server = PgServers.all().stream().filter(s -> s.label().equals(l)).findFirst().orElseThrow();
            return new RoundTripSuite("postgres", PgScenarioDatabases.withCorpusRoles(server), ScenarioOptions.roundTrip()
                    .withCatalog(db -> new TreeSet<>(PgCatalog.describe(server, db))).requiringManaged());
        });
    }
}
