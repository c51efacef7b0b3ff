package dev.syncdb.postgres;

import dev.syncdb.model.EnumType;
import dev.syncdb.model.ObjectRef;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.SchemaObject.Kind;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Sequence;
import dev.syncdb.model.Unsupported;
import dev.syncdb.model.View;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The inspector on a real PostgreSQL: enums, sequences, views, the objects compared by definition
 * with their dependencies, and the objects it cannot manage.
 */
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
        assertThat(schema.unsupported()).isEmpty();
        assertThat(object(schema, Kind.VIEW_INDEX)).satisfies(i -> {
            assertThat(i.identity()).isEqualTo("totals.totals_cur");
            assertThat(i.table()).isEqualTo("totals");
            assertThat(i.definition()).isEqualTo("CREATE INDEX totals_cur ON totals (cur)");
            assertThat(i.dependsOn()).containsExactly(new ObjectRef(Kind.VIEW, "totals"));
        });
    }

    @Test
    void readsObjectsComparedByDefinitionAndReportsTheRest() throws Exception {
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
                CREATE AGGREGATE my_sum(int) (sfunc = int4pl, stype = int);
                CREATE FUNCTION last_of(acc int, v int) RETURNS int LANGUAGE sql AS $$ SELECT v $$;
                CREATE AGGREGATE my_last(int) (sfunc = last_of, stype = int, initcond = '0', parallel = safe);
                CREATE FUNCTION row_no() RETURNS bigint LANGUAGE internal WINDOW IMMUTABLE AS 'window_row_number';
                """);
        Schema schema = fx.inspect();
        assertThat(schema.objects()).extracting(SchemaObject::kind, SchemaObject::identity).containsExactlyInAnyOrder(
                tuple(Kind.DOMAIN, "positive"),
                tuple(Kind.COMPOSITE_TYPE, "pair"),
                tuple(Kind.RANGE_TYPE, "floatrange"),
                tuple(Kind.FUNCTION, "add_one(integer)"),
                tuple(Kind.PROCEDURE, "noop()"),
                tuple(Kind.FUNCTION, "touch()"),
                tuple(Kind.TRIGGER, "t.t_touch"),
                tuple(Kind.POLICY, "t.t_read"),
                tuple(Kind.AGGREGATE, "my_sum(integer)"),
                tuple(Kind.FUNCTION, "last_of(integer, integer)"),
                tuple(Kind.AGGREGATE, "my_last(integer)"),
                tuple(Kind.FUNCTION, "row_no()"));
        assertThat(schema.objects()).filteredOn(o -> o.identity().equals("my_sum(integer)")).singleElement()
                .satisfies(o -> assertThat(o.definition())
                        .isEqualTo("CREATE AGGREGATE my_sum(integer) (\n    SFUNC = int4pl,\n    STYPE = integer\n)"));
        assertThat(schema.objects()).filteredOn(o -> o.identity().equals("my_last(integer)")).singleElement()
                .satisfies(o -> {
                    assertThat(o.definition()).isEqualTo("CREATE AGGREGATE my_last(integer) (\n    SFUNC = last_of,\n"
                            + "    STYPE = integer,\n    INITCOND = '0',\n    PARALLEL = SAFE\n)");
                    assertThat(o.dependsOn()).containsExactly(new ObjectRef(Kind.FUNCTION, "last_of(integer, integer)"));
                });
        assertThat(object(schema, Kind.DOMAIN).definition())
                .isEqualTo("CREATE DOMAIN positive AS numeric CONSTRAINT positive_check CHECK ((VALUE > (0)::numeric))");
        assertThat(object(schema, Kind.COMPOSITE_TYPE).definition()).isEqualTo("CREATE TYPE pair AS (a integer, b integer)");
        assertThat(object(schema, Kind.RANGE_TYPE).definition())
                .isEqualTo("CREATE TYPE floatrange AS RANGE (SUBTYPE = double precision)");
        assertThat(object(schema, Kind.POLICY).definition())
                .isEqualTo("CREATE POLICY t_read ON t AS PERMISSIVE FOR SELECT TO PUBLIC USING (true)");
        assertThat(object(schema, Kind.TRIGGER).definition())
                .isEqualTo("CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch()");
        assertThat(object(schema, Kind.TRIGGER).dependsOn()).containsExactlyInAnyOrder(
                new ObjectRef(Kind.TABLE, "t"), new ObjectRef(Kind.FUNCTION, "touch()"));
        assertThat(schema.objects()).filteredOn(o -> o.identity().equals("add_one(integer)")).singleElement()
                .satisfies(o -> assertThat(o.definition()).startsWith("CREATE OR REPLACE FUNCTION add_one(i integer)"));
        assertThat(schema.objects()).filteredOn(o -> o.identity().equals("row_no()")).singleElement()
                .satisfies(o -> {
                    assertThat(o.definition()).contains("\n WINDOW IMMUTABLE\n");
                    assertThat(o.properties()).containsEntry("window", "true");
                });
        assertThat(schema.objects()).filteredOn(o -> o.identity().equals("add_one(integer)")).singleElement()
                .satisfies(o -> assertThat(o.properties()).doesNotContainKey("window"));
        assertThat(schema.table("t").orElseThrow().options()).containsEntry("row_security", "true");
        assertThat(schema.unsupported()).extracting(Unsupported::kind, Unsupported::name).containsExactly(
                tuple("rule", "t.t_no_delete"),
                tuple("statistics", "t_stats"));
        assertThat(schema.tables().get(0).checks()).as("domain checks are not table checks").isEmpty();
    }

    @Test
    void readsEventTriggersWhoseFunctionIsInTheNamespace() throws Exception {
        fx.sql("""
                CREATE FUNCTION on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
                CREATE EVENT TRIGGER watch ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE')
                    EXECUTE FUNCTION on_ddl();
                ALTER EVENT TRIGGER watch DISABLE;
                COMMENT ON EVENT TRIGGER watch IS 'tables';
                CREATE SCHEMA other;
                CREATE FUNCTION other.elsewhere() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
                CREATE EVENT TRIGGER not_ours ON sql_drop EXECUTE FUNCTION other.elsewhere();
                """);
        Schema schema = fx.inspect();
        assertThat(schema.objects()).filteredOn(o -> o.kind() == Kind.EVENT_TRIGGER).extracting(SchemaObject::name)
                .as("the event trigger whose function is in another schema is not ours").containsExactly("watch");
        SchemaObject watch = object(schema, Kind.EVENT_TRIGGER);
        assertThat(watch.definition()).isEqualTo("CREATE EVENT TRIGGER watch ON ddl_command_end"
                + " WHEN TAG IN ('ALTER TABLE', 'CREATE TABLE') EXECUTE FUNCTION on_ddl()");
        assertThat(watch.properties()).containsEntry("trigger_state", "disabled").containsEntry("comment", "tables");
        assertThat(watch.dependsOn()).containsExactly(new ObjectRef(Kind.FUNCTION, "on_ddl()"));
    }

    @Test
    void linksObjectsToTheTablesThatUseThem() throws Exception {
        fx.sql("""
                CREATE DOMAIN positive AS numeric CHECK (VALUE > 0);
                CREATE FUNCTION next_code() RETURNS text LANGUAGE sql AS $$ SELECT 'x' $$;
                CREATE TABLE t (id int, price positive, code text DEFAULT next_code());
                CREATE FUNCTION expensive(r t) RETURNS boolean LANGUAGE sql AS $$ SELECT r.price > 100 $$;
                """);
        Schema schema = fx.inspect();
        assertThat(object(schema, Kind.DOMAIN).usedBy()).containsExactly(new ObjectRef(Kind.TABLE, "t"));
        assertThat(schema.objects()).filteredOn(o -> o.identity().equals("next_code()")).singleElement()
                .satisfies(o -> assertThat(o.usedBy()).containsExactly(new ObjectRef(Kind.TABLE, "t")));
        assertThat(schema.objects()).filteredOn(o -> o.identity().equals("expensive(t)")).singleElement()
                .satisfies(o -> assertThat(o.dependsOn()).contains(new ObjectRef(Kind.TABLE, "t")));
    }

    private static SchemaObject object(Schema schema, Kind kind) {
        return schema.objects().stream().filter(o -> o.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void readsAnExtensionButNotTheObjectsItOwns() throws Exception {
        fx.sql("""
                CREATE EXTENSION citext;
                CREATE TABLE users (email citext);
                """);
        Schema schema = fx.inspect();
        assertThat(schema.unsupported()).isEmpty();
        assertThat(schema.objects()).extracting(SchemaObject::kind, SchemaObject::identity)
                .containsExactly(tuple(Kind.EXTENSION, "citext"));
        assertThat(schema.objects().get(0).definition()).startsWith("CREATE EXTENSION citext VERSION '");
        assertThat(schema.objects().get(0).usedBy()).containsExactly(new ObjectRef(Kind.TABLE, "users"));
        assertThat(schema.tables().get(0).column("email").orElseThrow().type().sql()).isEqualTo("citext");
        assertThat(schema.enums()).isEmpty();
    }
}
