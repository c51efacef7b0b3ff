package dev.syncdb.testkit.corpus;

import dev.syncdb.testkit.scenario.Direction;
import dev.syncdb.testkit.scenario.DirectionResult;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FailureCausesTest {

    private static CaseOutcome failed(String name, String message) {
        CorpusCase c = CorpusCase.of("psqldef", "tests_x.yml", name, "", "");
        return new CaseOutcome(CorpusDialect.POSTGRESQL, c, CaseOutcome.Status.FAILED,
                Direction.UP.label() + ": " + message,
                List.of(DirectionResult.failed(Direction.UP, message),
                        DirectionResult.converged(Direction.DOWN, List.of())),
                Duration.ZERO);
    }

    @Test
    void normalizesNamesNumbersAndTemporaryParts() {
        assertThat(FailureCauses.normalize("/tmp/syncdb-corpus-123.sql:4: ERROR: column \"a\" of t1234_5 "
                + "does not exist\nPosition: 12"))
                .isEqualTo("<file>: ERROR: column … of <db> does not exist");
        assertThat(FailureCauses.normalize("applied, but verification found 2 difference(s) left: 'x'"))
                .isEqualTo("applied, but verification found N difference(s) left: '…'");
    }

    @Test
    void keepsTheDatabaseErrorOfAFailedApplyStep() {
        assertThat(FailureCauses.normalize("apply failed at step 'create table items', rolled back, nothing was "
                + "changed: ERROR: function generate_item_id() does not exist [statement: CREATE TABLE i (x int)]"))
                .isEqualTo("apply failed: ERROR: function … does not exist");
        assertThat(FailureCauses.normalize("apply failed at step 'drop enum type color', rolled back, nothing was "
                + "changed: ERROR: cannot drop type color because other objects depend on it"))
                .isEqualTo("apply failed: ERROR: cannot drop type … because other objects depend on it");
        assertThat(FailureCauses.normalize("ERROR: START value (-500) cannot be less than MINVALUE (1)"))
                .isEqualTo("ERROR: START value (N) cannot be less than MINVALUE (N)");
    }

    @Test
    void groupsFailuresByCauseMostCommonFirst() {
        List<CaseOutcome> failed = List.of(failed("A", "column \"a\" is odd"), failed("B", "other"),
                failed("C", "column \"c\" is odd"), failed("D", "column \"d\" is odd"));
        List<FailureCauses.Cause> top = FailureCauses.top(failed, 5);

        assertThat(top).hasSize(2);
        assertThat(top.get(0).text()).isEqualTo("column … is odd");
        assertThat(top.get(0).count()).isEqualTo(3);
        assertThat(top.get(0).examples()).containsExactly("postgresql/tests_x.yml/A", "postgresql/tests_x.yml/C",
                "postgresql/tests_x.yml/D");
        assertThat(FailureCauses.top(failed, 1)).hasSize(1);
    }

    @Test
    void knownFailuresRoundTrip() {
        DialectRun run = new DialectRun(CorpusDialect.POSTGRESQL, "17.11",
                List.of(failed("A", "/tmp/syncdb-corpus-9.sql:1: boom")), Duration.ZERO);
        String text = KnownFailures.render(List.of(run));
        KnownFailures known = KnownFailures.parse(text);

        assertThat(known.causes()).containsOnlyKeys("postgresql/tests_x.yml/A");
        assertThat(known.causes().get("postgresql/tests_x.yml/A")).isEqualTo("current → desired: <file>: boom");
        assertThat(KnownFailures.parse("# c\n\nsqlite/f.yml/X\n").contains("sqlite/f.yml/X")).isTrue();
    }
}
