package dev.syncdb.postgres;

import dev.syncdb.diff.SchemaChange.MoveObject;
import dev.syncdb.dialect.Namespaces;
import dev.syncdb.model.Schema;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.SchemaObject.Kind;
import dev.syncdb.plan.RenderContext;
import dev.syncdb.plan.Statement;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The PostgreSQL text of objects that move between the managed namespaces {@code app} (first) and {@code billing}. */
class PgMoveSqlTest {
    private final Schema both = Schema.empty(Namespaces.join(List.of("app", "billing")));
    private final RenderContext ctx = new RenderContext(both, both);

    private List<String> sql(MoveObject m) {
        return new PostgresRenderer().render(m, ctx).stream().map(Statement::sql).toList();
    }

    @Test
    void eachKindMovesBySetSchemaBothWays() {
        assertThat(sql(MoveObject.named(Kind.TABLE, "orders", "billing.orders", false, false)))
                .containsExactly("ALTER TABLE orders SET SCHEMA billing");
        assertThat(sql(MoveObject.named(Kind.TABLE, "billing.orders", "orders", false, false)))
                .containsExactly("ALTER TABLE billing.orders SET SCHEMA app");
        assertThat(sql(MoveObject.named(Kind.VIEW, "totals", "billing.totals", true, false)))
                .containsExactly("ALTER MATERIALIZED VIEW totals SET SCHEMA billing");
        assertThat(sql(MoveObject.named(Kind.VIEW, "names", "billing.names", false, false)))
                .containsExactly("ALTER VIEW names SET SCHEMA billing");
        assertThat(sql(MoveObject.named(Kind.SEQUENCE, "numbers", "billing.numbers", false, false)))
                .containsExactly("ALTER SEQUENCE numbers SET SCHEMA billing");
        assertThat(sql(MoveObject.named(Kind.ENUM, "billing.state", "state", false, false)))
                .containsExactly("ALTER TYPE billing.state SET SCHEMA app");
        assertThat(sql(MoveObject.named(Kind.SEQUENCE, "orders_id_seq", "billing.orders_id_seq", false, true)))
                .as("an owned sequence goes along with its table").isEmpty();
    }

    @Test
    void aDomainAndARoutineMoveUnderTheirOwnWords() {
        SchemaObject domain = object(Kind.DOMAIN, "positive", "positive", null);
        SchemaObject movedDomain = object(Kind.DOMAIN, "billing.positive", "billing.positive", null);
        assertThat(sql(MoveObject.of(domain, movedDomain))).containsExactly("ALTER DOMAIN positive SET SCHEMA billing");
        SchemaObject fn = object(Kind.FUNCTION, "doubled", "doubled(numeric)", "doubled(a numeric)");
        SchemaObject movedFn = object(Kind.FUNCTION, "billing.doubled", "billing.doubled(numeric)", "billing.doubled(a numeric)");
        assertThat(sql(MoveObject.of(fn, movedFn))).containsExactly("ALTER FUNCTION doubled(a numeric) SET SCHEMA billing");
        assertThat(sql(MoveObject.of(fn, movedFn).reversed()))
                .containsExactly("ALTER FUNCTION billing.doubled(a numeric) SET SCHEMA app");
    }

    private static SchemaObject object(Kind kind, String name, String identity, String signature) {
        Map<String, String> props = signature == null ? Map.of() : Map.of(CatalogCodeObjects.SIGNATURE, signature);
        return new SchemaObject(kind, name, null, identity, "CREATE " + name, props, List.of(), List.of());
    }
}
