package dev.syncdb.testkit.scenario;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The scenario engine on SQLite: what passes, and that each check can fail. */
class ScenarioRunnerTest {
    private static final SqliteScenarioDatabases DBS = new SqliteScenarioDatabases();
    private static final String ONE = "CREATE TABLE a (id integer PRIMARY KEY AUTOINCREMENT, n text);";
    private static final String TWO = "CREATE TABLE a (id integer PRIMARY KEY AUTOINCREMENT, n text, m integer);";

    @AfterAll
    static void close() {
        DBS.close();
    }

    @Test
    void aRoundTripWithRowsPassesBothWays() {
        Scenario s = new Scenario("add", ONE, TWO, "INSERT INTO a (n) VALUES ('x'), ('y');", Map.of());
        ScenarioResult r = new ScenarioRunner(DBS, ScenarioOptions.roundTrip()).run(s);
        assertThat(r.failureText()).isEmpty();
        assertThat(r.directions()).extracting(DirectionResult::direction).containsExactly(Direction.UP, Direction.DOWN);
        assertThat(r.passed()).isTrue();
    }

    @Test
    void rowCountsListTheScenarioTablesOnly() {
        String db = DBS.create();
        DBS.load(db, ONE + "INSERT INTO a (n) VALUES ('x'), ('y');");
        assertThat(RowCounts.of(DBS, db)).containsExactly(Map.entry("a", 2L));
        DBS.drop(db);
    }

    @Test
    void nothingToDoFailsARoundTripButNotTheCorpus() {
        Scenario same = Scenario.of("same", ONE, ONE);
        ScenarioResult strict = new ScenarioRunner(DBS, ScenarioOptions.roundTrip()).run(same, Direction.UP);
        assertThat(strict.passed()).isFalse();
        assertThat(strict.directions().get(0).message()).startsWith("the first apply found nothing to do");
        assertThat(new ScenarioRunner(DBS, ScenarioOptions.corpus(false)).run(same).passed()).isTrue();
    }

    @Test
    void aCatalogThatDiffersFails() {
        ScenarioOptions options = ScenarioOptions.corpus(false).withCatalog(h -> new TreeSet<>(java.util.Set.of(h)));
        ScenarioResult r = new ScenarioRunner(DBS, options).run(Scenario.of("cat", ONE, TWO), Direction.DOWN);
        assertThat(r.directions().get(0).message()).startsWith("catalog check:");
        assertThat(r.failureText()).contains("the catalog differs");
    }

    @Test
    void sqlTheDatabaseRefusesIsRejected() {
        ScenarioResult r = new ScenarioRunner(DBS, ScenarioOptions.corpus(false)).run(Scenario.of("bad", ONE, "CREATE TABLE (oops"));
        assertThat(r.rejected()).startsWith("desired:");
        assertThat(r.passed()).isFalse();
    }
}
