package dev.syncdb.jpa;

import dev.syncdb.cache.ModelCache;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.Dialects;
import dev.syncdb.engine.desired.SourceFindings;
import dev.syncdb.engine.plan.PlanResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desired-model cache for entities, on SQLite: unchanged classes are a hit that skips Hibernate
 * and still report what the entities map; a changed entity, a changed class it uses from another
 * package, or another naming is a miss.
 */
class EntityCacheTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondRunOfUnchangedEntitiesIsAHitWithTheSameSchemaAndFindings() throws Exception {
        ModelCache cache = new ModelCache(tmp.resolve("cache"));
        String url = Targets.sqlite().fresh().apply(tmp);
        Targets.apply(url, source(TestClasses.shopClasses("v1"), "spring", null), false);
        run(url, "CREATE TABLE legacy_report (id integer PRIMARY KEY)");

        EntitySource first = source(TestClasses.shopClasses("v1"), "spring", cache);
        PlanResult cold = Targets.plan(url, first);
        assertThat(first.lastFromCache()).isFalse();
        EntitySource second = source(TestClasses.shopClasses("v1"), "spring", cache);
        PlanResult cached = Targets.plan(url, second);

        assertThat(second.lastFromCache()).isTrue();
        assertThat(cached.desired()).isEqualTo(cold.desired());
        assertThat(Targets.describe(cached)).isEqualTo(Targets.describe(cold)).contains("legacy_report");
        SourceFindings a = first.findings(cold.current(), cold.desired());
        SourceFindings b = second.findings(cached.current(), cached.desired());
        assertThat(b.summary()).isEqualTo(a.summary()).isEqualTo("Found 25 entities (27 tables) in 7 packages");
        assertThat(b.warnings()).isEqualTo(a.warnings())
                .contains("table legacy_report exists in the database but no entity maps it (was a model missed?)");
        assertThat(b.rowsAfterCreate()).isEqualTo(a.rowsAfterCreate()).hasSize(13);
        assertThat(b.details()).last().asString().contains("desired model from the cache");
        assertThat(a.details()).last().asString().contains("Hibernate metamodel and script");
        try (Stream<Path> entries = Files.list(tmp.resolve("cache"))) {
            assertThat(entries.filter(p -> p.toString().endsWith(".model"))).hasSize(1);
        }
    }

    @Test
    void anAddedFieldIsAMissAndThePlanAddsTheColumn() {
        ModelCache cache = new ModelCache(tmp.resolve("cache"));
        Path dir = tmp.resolve("app");
        Path classes = TestClasses.compile(dir, Map.of("m.Item", TestClasses.entity("m", "Item", "", "@Id Long id; String name;")));
        String url = Targets.sqlite().fresh().apply(tmp);
        Targets.apply(url, source(classes, "spring", cache), false);
        EntitySource unchanged = source(classes, "spring", cache);
        assertThat(Targets.plan(url, unchanged).changes()).isEmpty();
        assertThat(unchanged.lastFromCache()).isTrue();

        TestClasses.compile(dir, Map.of("m.Item", TestClasses.entity("m", "Item", "", "@Id Long id; String name; Integer stock;")));
        EntitySource changed = source(classes, "spring", cache);
        PlanResult plan = Targets.plan(url, changed);
        assertThat(changed.lastFromCache()).isFalse();
        assertThat(Targets.describe(plan)).contains("stock");

        EntitySource again = source(classes, "spring", cache);
        assertThat(Targets.describe(Targets.plan(url, again))).isEqualTo(Targets.describe(plan));
        assertThat(again.lastFromCache()).isTrue();
    }

    @Test
    void aChangedEnumInAnotherPackageIsAMissAnUnrelatedClassIsNot() {
        ModelCache cache = new ModelCache(tmp.resolve("cache"));
        Path dir = tmp.resolve("app");
        String item = TestClasses.entity("m", "Item", "", "@Id Long id; @Enumerated(EnumType.STRING) other.Status status;");
        Path classes = TestClasses.compile(dir, Map.of("m.Item", item,
                "other.Status", "package other; public enum Status { NEW, DONE }",
                "other.Unrelated", "package other; public class Unrelated { int a; }"));
        String url = Targets.sqlite().fresh().apply(tmp);
        Targets.apply(url, source(classes, "spring", cache), false);

        TestClasses.compile(dir, Map.of("other.Unrelated", "package other; public class Unrelated { int a; long b; }"));
        EntitySource unrelated = source(classes, "spring", cache);
        assertThat(Targets.plan(url, unrelated).changes()).isEmpty();
        assertThat(unrelated.lastFromCache()).isTrue();

        TestClasses.compile(dir, Map.of("other.Status", "package other; public enum Status { NEW, DONE, LOST }"));
        EntitySource enumChanged = source(classes, "spring", cache);
        PlanResult plan = Targets.plan(url, enumChanged);
        assertThat(enumChanged.lastFromCache()).isFalse();
        assertThat(Targets.describe(plan)).contains("LOST");
    }

    @Test
    void entitiesInAJarCountByTheClassesInIt() throws Exception {
        ModelCache cache = new ModelCache(tmp.resolve("cache"));
        Path jar = tmp.resolve("app.jar");
        Jars.write(jar, TestClasses.compile(tmp.resolve("v1"), Map.of("m.Item", TestClasses.entity("m", "Item", "", "@Id Long id;"))));
        String url = Targets.sqlite().fresh().apply(tmp);
        Targets.apply(url, source(jar, "spring", cache), false);

        Jars.write(jar, TestClasses.compile(tmp.resolve("v1"), Map.of("m.Item", TestClasses.entity("m", "Item", "", "@Id Long id;"))));
        EntitySource rebuilt = source(jar, "spring", cache);
        assertThat(Targets.plan(url, rebuilt).changes()).isEmpty();
        assertThat(rebuilt.lastFromCache()).as("the same classes in a rewritten jar").isTrue();

        Jars.write(jar, TestClasses.compile(tmp.resolve("v2"), Map.of("m.Item", TestClasses.entity("m", "Item", "", "@Id Long id; String label;"))));
        EntitySource changed = source(jar, "spring", cache);
        assertThat(Targets.describe(Targets.plan(url, changed))).contains("label");
        assertThat(changed.lastFromCache()).isFalse();
    }

    @Test
    void anotherNamingIsAnotherEntry() {
        ModelCache cache = new ModelCache(tmp.resolve("cache"));
        Path classes = TestClasses.compile(tmp.resolve("app"), Map.of("m.OrderLine",
                TestClasses.entity("m", "OrderLine", "", "@Id Long id; String unitPrice;")));
        String url = Targets.sqlite().fresh().apply(tmp);
        Targets.apply(url, source(classes, "spring", cache), false);

        EntitySource jpa = source(classes, "jpa", cache);
        PlanResult plan = Targets.plan(url, jpa);
        assertThat(jpa.lastFromCache()).isFalse();
        assertThat(plan.desired().tables()).extracting(t -> t.name()).containsExactly("OrderLine");
        EntitySource spring = source(classes, "spring", cache);
        assertThat(Targets.plan(url, spring).changes()).isEmpty();
        assertThat(spring.lastFromCache()).isTrue();
    }

    private static EntitySource source(Path classes, String naming, ModelCache cache) {
        return new EntitySource(new JpaOptions(List.of(classes.toString().contains("jpa-shop") ? "com.example.shop" : "m"),
                List.of(classes), naming), null, cache, "test");
    }

    private static void run(String url, String sql) throws Exception {
        DatabaseUrl u = DatabaseUrl.parse(url);
        try (Connection c = Dialects.forUrl(u).connect(u); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
