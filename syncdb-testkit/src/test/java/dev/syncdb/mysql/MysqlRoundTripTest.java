package dev.syncdb.mysql;

import dev.syncdb.testkit.MysqlServer;
import dev.syncdb.testkit.scenario.MysqlScenarioDatabases;
import dev.syncdb.testkit.scenario.RoundTripSuite;
import dev.syncdb.testkit.scenario.ScenarioOptions;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The MySQL / MariaDB round-trip suite: for every scenario under {@code scenarios/mysql} and both
 * directions, a database built from one schema is brought to the other with apply, must then plan
 * nothing, and must match a database built from the target schema directly, both by syncdb's differ
 * and by an independent information_schema read ({@link MysqlCatalog}).
 * {@code -Dsyncdb.scenarios=REGEX} keeps matching scenarios. Its cases run six at a time (each has
 * its own databases; most of the time goes to the server), while no other test class runs.
 */
@dev.syncdb.testkit.NeedsMysql
class MysqlRoundTripTest {
    static final MysqlServer SERVER = MysqlSync.SERVER;
    private static final RoundTripSuite SUITE = new RoundTripSuite("mysql", new MysqlScenarioDatabases(SERVER),
            ScenarioOptions.roundTrip().withCatalog(MysqlRoundTripTest::catalog));

    static Stream<RoundTripSuite.Case> cases() {
        return RoundTripSuite.cases("mysql", "", 30).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Execution(ExecutionMode.CONCURRENT)
    void convergesAndSecondRunDoesNothing(RoundTripSuite.Case c) {
        SUITE.check(c);
    }

    /** The independent catalog lines of {@code db}, with its name replaced by a placeholder. */
    private static java.util.SortedSet<String> catalog(String db) throws java.sql.SQLException {
        return MysqlCatalog.describe(SERVER, db).stream().map(l -> l.replace(db, "<db>"))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
