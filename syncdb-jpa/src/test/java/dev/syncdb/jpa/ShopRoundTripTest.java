package dev.syncdb.jpa;

import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.plan.PlanResult;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The example shop on real databases: v1, then v2, then back to v1, each time nothing left to do. */
class ShopRoundTripTest {
    @TempDir
    Path tmp;

    static List<Targets.Target> targets() {
        return Targets.all();
    }

    @ParameterizedTest
    @MethodSource("targets")
    void v1ThenV2ThenBackToV1(Targets.Target target) {
        String url = target.fresh().apply(tmp);
        EntitySource v1 = Targets.entities(TestClasses.shopClasses("v1"), "com.example.shop");
        EntitySource v2 = Targets.entities(TestClasses.shopClasses("v2"), "com.example.shop");

        ApplyResult first = Targets.apply(url, v1, false);
        assertThat(first.outcome()).isEqualTo(ApplyResult.Outcome.APPLIED);
        assertInSync(url, v1);
        JpaReport report = v1.report(first.planned().desired());
        assertThat(report.summary()).isEqualTo("Found 25 entities (" + report.tables().size() + " tables) in 7 packages");
        assertThat(report.unmappedTables(first.planned().desired())).isEmpty();

        assertThat(Targets.apply(url, v2, false).outcome()).isEqualTo(ApplyResult.Outcome.APPLIED);
        assertInSync(url, v2);

        assertThat(Targets.apply(url, v1, true).outcome()).isEqualTo(ApplyResult.Outcome.APPLIED);
        assertInSync(url, v1);
    }

    private static void assertInSync(String url, EntitySource source) {
        PlanResult plan = Targets.plan(url, source);
        assertThat(plan.inSync()).as(Targets.describe(plan)).isTrue();
    }
}
