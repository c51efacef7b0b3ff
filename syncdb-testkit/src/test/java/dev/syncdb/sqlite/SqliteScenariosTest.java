package dev.syncdb.sqlite;

import dev.syncdb.testkit.scenario.RoundTripSuite;
import dev.syncdb.testkit.scenario.ScenarioOptions;
import dev.syncdb.testkit.scenario.SqliteScenarioDatabases;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/**
 * The SQLite round-trip suite: for every scenario under {@code scenarios/sqlite} and both directions,
 * a database built from one schema (with the scenario's rows, if any) is brought to the other with
 * apply, must then plan nothing, must match a database built from the target schema directly, and
 * must keep the rows of every table it keeps. {@code -Dsyncdb.scenarios=REGEX} keeps matching scenarios.
 */
class SqliteScenariosTest {
    private static final SqliteScenarioDatabases DATABASES = new SqliteScenarioDatabases();
    private static final RoundTripSuite SUITE = new RoundTripSuite("sqlite", DATABASES, ScenarioOptions.roundTrip());

    static Stream<RoundTripSuite.Case> cases() {
        return RoundTripSuite.cases("sqlite", "", 15).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void convergesAndSecondRunDoesNothing(RoundTripSuite.Case c) {
        SUITE.check(c);
    }

    @AfterAll
    static void removeDatabases() {
        DATABASES.close();
    }
}
