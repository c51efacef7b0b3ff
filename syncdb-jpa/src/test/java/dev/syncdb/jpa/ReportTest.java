package dev.syncdb.jpa;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.Dialects;
import dev.syncdb.engine.plan.PlanResult;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the command line prints about the entities, and how bad input fails, on real databases. */
class ReportTest {
    @TempDir
    Path tmp;

    static List<Targets.Target> targets() {
        return Targets.all();
    }

    @ParameterizedTest
    @MethodSource("targets")
    void countsEntitiesTablesAndPackagesAndNamesTablesNoEntityMaps(Targets.Target target) throws Exception {
        String url = target.fresh().apply(tmp);
        EntitySource v1 = Targets.entities(TestClasses.shopClasses("v1"), "com.example.shop");
        Targets.apply(url, v1, false);
        run(url, "CREATE TABLE legacy_report (id integer PRIMARY KEY)");

        PlanResult plan = Targets.plan(url, v1);
        JpaReport report = v1.report(plan.desired());
        assertThat(report.summary()).isEqualTo("Found 25 entities (27 tables) in 7 packages");
        assertThat(report.tables()).contains("users", "users_roles", "user_tags", "wishlist_items", "login_audit");
        assertThat(report.supportTables()).hasSize(target.name().equals("sqlite") ? 13 : 0);
        assertThat(report.seedStatements()).hasSize(target.name().equals("sqlite") ? 13 : 0)
                .allMatch(s -> s.startsWith("insert into "));
        assertThat(report.unmappedTables(plan.current())).containsExactly("legacy_report");
        assertThat(report.missingTables(plan.current())).isEmpty();
        assertThat(report.namingMismatchSuspected(plan.current())).isFalse();
        assertThat(plan.changes()).extracting(Object::toString).anyMatch(c -> c.contains("legacy_report"));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void theWrongNamingIsRecognizedAsAMismatch(Targets.Target target) {
        String url = target.fresh().apply(tmp);
        Targets.apply(url, Targets.entities(TestClasses.shopClasses("v1"), "com.example.shop"), false);
        EntitySource jpaNaming = new EntitySource(new JpaOptions(List.of("com.example.shop"), List.of(TestClasses.shopClasses("v1")), "jpa"));

        PlanResult plan = Targets.plan(url, jpaNaming);
        JpaReport report = jpaNaming.report(plan.desired());
        assertThat(report.namingMismatchSuspected(plan.current())).isTrue();
        assertThat(report.unmappedTables(plan.current())).contains("order_line", "product_review");
        assertThat(report.lookalikes(plan.current())).contains("order_line -> " + (target.name().equals("sqlite")
                ? "OrderLine" : "orderline"));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void noEntitiesIsAnErrorNeverNoChanges(Targets.Target target) {
        String url = target.fresh().apply(tmp);
        EntitySource none = Targets.entities(TestClasses.shopClasses("v1"), "com.example.nothing");
        assertThatThrownBy(() -> Targets.apply(url, none, false))
                .isInstanceOfSatisfying(SyncdbException.class, e -> assertThat(e.exitCode()).isEqualTo(1))
                .hasMessageStartingWith("no @Entity classes under com.example.nothing in ");
    }

    @org.junit.jupiter.api.Test
    void sqlTheDatabaseRejectsNamesTheSourceAndTheDatabasesMessage() {
        Path classes = TestClasses.compile(tmp.resolve("c"), java.util.Map.of("m.Odd", TestClasses.entity("m", "Odd", "",
                "@Id Long id; @Column(columnDefinition = \"nosuchtype\") String v;")));
        String url = Targets.postgres().fresh().apply(tmp);
        assertThatThrownBy(() -> Targets.plan(url, Targets.entities(classes, "m")))
                .isInstanceOfSatisfying(SyncdbException.class, e -> assertThat(e.exitCode()).isEqualTo(1))
                .hasMessageStartingWith("entities in m:")
                .hasMessageContaining("nosuchtype");
    }

    private static void run(String url, String sql) throws Exception {
        DatabaseUrl u = DatabaseUrl.parse(url);
        try (Connection c = Dialects.forUrl(u).connect(u); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
