package dev.syncdb.postgres;

import dev.syncdb.model.EnumType;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Sequence;
import dev.syncdb.model.Unsupported;
import dev.syncdb.model.View;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The inspector on a real PostgreSQL: enums, sequences, views and the objects it cannot manage. */
class PostgresInspectorObjectsTest {
    private final PgFixture fx = new PgFixture();

    @AfterEach
    void dropDatabase() {
        fx.drop();
    }

    @Test
    void readsEnumsWithLabelsInSortOrder() throws Exception {
        fx.sql("""
                CREATE TYPE mood AS ENUM ('sad', 'happy');
                ALTER TYPE mood ADD VALUE 'ok' BEFORE 'happy';
                COMMENT ON TYPE mood IS 'feelings';
                CREATE TYPE empty_enum AS ENUM ();
                """);
        assertThat(fx.inspect().enums()).containsExactly(
                new EnumType("empty_enum", List.of(), null),
                new EnumType("mood", List.of("sad", "ok", "happy"), "feelings"));
    }

    @Test
    void readsSequencesButNotIdentityBackingOnes() throws Exception {
        fx.sql("""
                CREATE SEQUENCE invoice_no AS integer START 1000 INCREMENT 10 MINVALUE 5 MAXVALUE 999999 CACHE 20 CYCLE;
                CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY, n bigserial);
                """);
        assertThat(fx.inspect().sequences()).containsExactly(
                new Sequence("invoice_no", "integer", 1000, 10, 5, 999999, 20, true, null, null),
                new Sequence("t_n_seq", "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false, "t", "n"));
    }

    @Test
    void readsViewsWithTheirSameNamespaceDependencies() throws Exception {
        fx.sql("""
                CREATE SCHEMA other;
                CREATE TABLE other.rates (cur text, rate numeric);
                CREATE TABLE orders (id int, total numeric, cur text);
                CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100;
                CREATE VIEW big_ids AS SELECT b.id FROM big_orders b JOIN other.rates r ON true;
                CREATE MATERIALIZED VIEW totals AS SELECT cur, sum(total) AS s FROM orders GROUP BY cur;
                CREATE INDEX totals_cur ON totals (cur);
                COMMENT ON VIEW big_orders IS 'over 100';
                """);
        Schema schema = fx.inspect();
        assertThat(schema.views()).extracting(View::name, View::materialized, View::dependsOn, View::comment)
                .containsExactly(
                        tuple("big_ids", false, List.of("big_orders"), null),
                        tuple("big_orders", false, List.of("orders"), "over 100"),
                        tuple("totals", true, List.of("orders"), null));
        assertThat(schema.view("big_orders").orElseThrow().definition())
                .isEqualTo(" SELECT id,\n    total\n   FROM orders\n  WHERE total > 100::numeric;");
        assertThat(schema.view("big_ids").orElseThrow().definition()).contains("other.rates");
        assertThat(schema.tables()).extracting(t -> t.name()).containsExactly("orders");
        assertThat(schema.unsupported()).extracting(Unsupported::kind, Unsupported::name)
                .containsExactly(tuple("materialized view index", "totals.totals_cur"));
        assertThat(schema.unsupported().get(0).detail()).startsWith("CREATE ").contains(" totals_cur ON totals ");
    }

    @Test
    void reportsEveryObjectKindItCannotManage() throws Exception {
        fx.sql("""
                CREATE TABLE t (id int, price numeric);
                CREATE FUNCTION add_one(i int) RETURNS int LANGUAGE sql AS $$ SELECT i + 1 $$;
                CREATE PROCEDURE noop() LANGUAGE sql AS $$ SELECT 1 $$;
                CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();
                ALTER TABLE t ENABLE ROW LEVEL SECURITY;
                CREATE POLICY t_read ON t FOR SELECT USING (true);
                CREATE DOMAIN positive AS numeric CHECK (VALUE > 0);
                CREATE TYPE pair AS (a int, b int);
                CREATE TYPE floatrange AS RANGE (subtype = float8);
                CREATE RULE t_no_delete AS ON DELETE TO t DO INSTEAD NOTHING;
                CREATE STATISTICS t_stats ON id, price FROM t;
                """);
        Schema schema = fx.inspect();
        assertThat(schema.unsupported()).extracting(Unsupported::kind, Unsupported::name).containsExactly(
                tuple("composite type", "pair"),
                tuple("domain", "positive"),
                tuple("function", "add_one"),
                tuple("function", "touch"),
                tuple("policy", "t.t_read"),
                tuple("procedure", "noop"),
                tuple("range type", "floatrange"),
                tuple("row level security", "t"),
                tuple("rule", "t.t_no_delete"),
                tuple("statistics", "t_stats"),
                tuple("trigger", "t.t_touch"));
        assertThat(schema.unsupported()).filteredOn(u -> u.kind().equals("function"))
                .extracting(Unsupported::detail).contains("add_one(i integer)");
        assertThat(schema.unsupported()).filteredOn(u -> u.kind().equals("domain"))
                .extracting(Unsupported::detail).containsExactly("domain over numeric");
        assertThat(schema.tables().get(0).checks()).as("domain checks are not table checks").isEmpty();
    }

    @Test
    void reportsAnExtensionButNotTheObjectsItOwns() throws Exception {
        fx.sql("""
                CREATE EXTENSION citext;
                CREATE TABLE users (email citext);
                """);
        Schema schema = fx.inspect();
        assertThat(schema.unsupported()).extracting(Unsupported::kind, Unsupported::name)
                .containsExactly(tuple("extension", "citext"));
        assertThat(schema.tables().get(0).column("email").orElseThrow().type().sql()).isEqualTo("citext");
        assertThat(schema.enums()).isEmpty();
    }
}
