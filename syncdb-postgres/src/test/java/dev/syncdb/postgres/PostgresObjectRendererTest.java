package dev.syncdb.postgres;

import dev.syncdb.diff.ColumnAspect;
import dev.syncdb.diff.DiffHooks;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.*;
import dev.syncdb.model.CheckConstraint;
import dev.syncdb.model.Column;
import dev.syncdb.model.DataType;
import dev.syncdb.model.EnumType;
import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.Generated;
import dev.syncdb.model.Identity;
import dev.syncdb.model.Index;
import dev.syncdb.model.IndexKey;
import dev.syncdb.model.PrimaryKey;
import dev.syncdb.model.ObjectRef;
import dev.syncdb.model.Schema;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.Sequence;
import dev.syncdb.model.Table;
import dev.syncdb.model.UniqueKey;
import dev.syncdb.model.View;
import dev.syncdb.plan.Hazard;
import dev.syncdb.plan.HazardCode;
import dev.syncdb.plan.Plan;
import dev.syncdb.plan.PlanStep;
import dev.syncdb.plan.Planner;
import dev.syncdb.plan.RenderContext;
import dev.syncdb.plan.Statement;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The PostgreSQL renderer on objects compared by definition (functions, domains, triggers, policies),
 * row-level security, replica identity and enum labels that must commit first.
 */
class PostgresObjectRendererTest {
    private final PostgresRenderer renderer = new PostgresRenderer();
    private final RenderContext empty = new RenderContext(Schema.empty("public"), Schema.empty("public"));

    private List<String> sql(SchemaChange c) {
        return renderer.render(c, empty).stream().map(Statement::sql).toList();
    }

    private static Set<HazardCode> codes(List<Hazard> hazards) {
        return hazards.stream().map(Hazard::code).collect(Collectors.toSet());
    }

    static final SchemaObject FUNCTION_V1 = function("CREATE OR REPLACE FUNCTION f(a integer)\n RETURNS integer\n"
            + " LANGUAGE sql\nAS $function$ SELECT a $function$", "integer");
    static final SchemaObject FUNCTION_V2 = function("CREATE OR REPLACE FUNCTION f(a integer)\n RETURNS integer\n"
            + " LANGUAGE sql\nAS $function$ SELECT a + 1 $function$", "integer");

    private static SchemaObject function(String definition, String result) {
        return new SchemaObject(SchemaObject.Kind.FUNCTION, "f", null, "f(integer)", definition,
                Map.of(CatalogCodeObjects.SIGNATURE, "f(a integer)", CatalogCodeObjects.ARGUMENTS, "a integer",
                        CatalogCodeObjects.RESULT, result), List.of(), List.of());
    }

    private static SchemaObject domain(String definition, Map<String, String> props) {
        return new SchemaObject(SchemaObject.Kind.DOMAIN, "qty", null, "qty", definition, props, List.of(), List.of());
    }

    @Test
    void objectsAreDroppedByKindAndReplacedInPlaceWhereTheyCanBe() {
        assertThat(sql(new DropObject(FUNCTION_V1))).containsExactly("DROP FUNCTION f(a integer)");
        assertThat(sql(new ReplaceObject(FUNCTION_V1, FUNCTION_V2))).containsExactly(
                "SET check_function_bodies = off", FUNCTION_V2.definition());
        SchemaObject bigger = function(FUNCTION_V2.definition().replace("RETURNS integer", "RETURNS bigint"), "bigint");
        assertThat(sql(new ReplaceObject(FUNCTION_V1, bigger))).containsExactly("DROP FUNCTION f(a integer)",
                "SET check_function_bodies = off", bigger.definition());
        SchemaObject atomic = function("CREATE OR REPLACE FUNCTION f(a integer)\n RETURNS integer\n LANGUAGE sql\n"
                + "RETURN (a + 1)", "integer");
        assertThat(sql(new CreateObject(atomic))).containsExactly(atomic.definition());
        SchemaObject trigger = new SchemaObject(SchemaObject.Kind.TRIGGER, "Touch", "Order", "Order.Touch",
                "CREATE TRIGGER \"Touch\" BEFORE UPDATE ON \"Order\" FOR EACH ROW EXECUTE FUNCTION f()", Map.of(),
                List.of(), List.of());
        assertThat(sql(new DropObject(trigger))).containsExactly("DROP TRIGGER \"Touch\" ON \"Order\"");
    }

    @Test
    void aDomainIsAlteredInPlaceOverTheSameBaseType() {
        SchemaObject plain = domain("CREATE DOMAIN qty AS integer", Map.of(CatalogTypeObjects.BASE, "integer"));
        SchemaObject checked = domain("CREATE DOMAIN qty AS integer DEFAULT 0 NOT NULL CONSTRAINT qty_check CHECK ((VALUE >= 0))",
                Map.of(CatalogTypeObjects.BASE, "integer", CatalogTypeObjects.DEFAULT, "0", CatalogTypeObjects.NOT_NULL, "true",
                        CatalogTypeObjects.CHECK_PREFIX + "qty_check", "CHECK ((VALUE >= 0))"));
        assertThat(sql(new ReplaceObject(plain, checked))).containsExactly(
                "ALTER DOMAIN qty SET DEFAULT 0",
                "ALTER DOMAIN qty SET NOT NULL",
                "ALTER DOMAIN qty ADD CONSTRAINT qty_check CHECK ((VALUE >= 0))");
        assertThat(sql(new ReplaceObject(checked, plain))).containsExactly(
                "ALTER DOMAIN qty DROP CONSTRAINT qty_check",
                "ALTER DOMAIN qty DROP DEFAULT",
                "ALTER DOMAIN qty DROP NOT NULL");
        assertThat(PgObjectSql.overValue("CHECK ((VALUE >= 0) AND 'VALUE' <> \"VALUE\"::text)", "qty"))
                .isEqualTo("CHECK (((qty) >= 0) AND 'VALUE' <> \"VALUE\"::text)");
    }

    @Test
    void rowLevelSecurityIsSwitchedWithTheTable() {
        Map<String, String> on = Map.of(PgTableSql.ROW_SECURITY, "true", PgTableSql.FORCE_ROW_SECURITY, "true");
        assertThat(sql(new AlterTableOptions("t", Map.of(), on))).containsExactly(
                "ALTER TABLE t ENABLE ROW LEVEL SECURITY", "ALTER TABLE t FORCE ROW LEVEL SECURITY");
        assertThat(sql(new AlterTableOptions("t", on, Map.of()))).containsExactly(
                "ALTER TABLE t DISABLE ROW LEVEL SECURITY", "ALTER TABLE t NO FORCE ROW LEVEL SECURITY");
    }

    // ---------------------------------------------------------------- object state, replica identity, new labels

    private static SchemaObject trigger(Map<String, String> props) {
        return new SchemaObject(SchemaObject.Kind.TRIGGER, "audit", "orders", "orders.audit",
                "CREATE TRIGGER audit AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION f()", props,
                List.of(), List.of());
    }

    @Test
    void aTriggersFiringStateAndCommentAreSetAfterItsCreateOrAloneWhenOnlyTheyChange() {
        SchemaObject plain = trigger(Map.of());
        SchemaObject disabled = trigger(Map.of(CatalogCodeObjects.TRIGGER_STATE, "disabled",
                CatalogCodeObjects.COMMENT, "Audits updates."));
        SchemaObject always = trigger(Map.of(CatalogCodeObjects.TRIGGER_STATE, "always"));
        assertThat(sql(new CreateObject(disabled))).containsExactly(disabled.definition(),
                "ALTER TABLE orders DISABLE TRIGGER audit", "COMMENT ON TRIGGER audit ON orders IS 'Audits updates.'");
        assertThat(sql(new ReplaceObject(disabled, always))).containsExactly(
                "ALTER TABLE orders ENABLE ALWAYS TRIGGER audit", "COMMENT ON TRIGGER audit ON orders IS NULL");
        assertThat(sql(new ReplaceObject(always, plain))).containsExactly("ALTER TABLE orders ENABLE TRIGGER audit");
        assertThat(renderer.hazards(new ReplaceObject(plain, disabled), empty)).isEmpty();
        PostgresDiffHooks hooks = new PostgresDiffHooks();
        assertThat(hooks.sameObject(plain, trigger(Map.of()))).isTrue();
        assertThat(hooks.sameObject(plain, always)).isFalse();
        assertThat(hooks.replacesObjectInPlace(plain, always)).isTrue();
    }

    @Test
    void aRoutineNamedLikeAPgCatalogOneIsDroppedAndCommentedQualified() {
        SchemaObject shadowing = new SchemaObject(SchemaObject.Kind.FUNCTION, "current_user", null, "current_user()",
                "CREATE OR REPLACE FUNCTION \"current_user\"()\n RETURNS integer\n LANGUAGE sql\nAS $function$ SELECT 1 $function$",
                Map.of(CatalogCodeObjects.SIGNATURE, "\"current_user\"()", CatalogCodeObjects.ARGUMENTS, "",
                        CatalogCodeObjects.RESULT, "integer", CatalogCodeObjects.SHADOWS_CATALOG, "true",
                        CatalogCodeObjects.COMMENT, "me"), List.of(), List.of());
        assertThat(sql(new DropObject(shadowing))).containsExactly("DROP FUNCTION public.\"current_user\"()");
        assertThat(sql(new CreateObject(shadowing))).containsExactly("SET check_function_bodies = off", shadowing.definition(),
                "COMMENT ON FUNCTION public.\"current_user\"() IS 'me'");
    }

    @Test
    void replicaIdentityIsATableOption() {
        Table full = Table.builder("users").column("id", "integer").option(PgReplicaIdentity.OPTION, "full").build();
        assertThat(sql(new CreateTable(full))).contains("ALTER TABLE users REPLICA IDENTITY FULL");
        assertThat(sql(new AlterTableOptions("users", Map.of(PgReplicaIdentity.OPTION, "full"),
                Map.of(PgReplicaIdentity.OPTION, "index users_id")))).containsExactly(
                "ALTER TABLE users REPLICA IDENTITY USING INDEX users_id");
        assertThat(sql(new AlterTableOptions("users", Map.of(PgReplicaIdentity.OPTION, "nothing"), Map.of())))
                .containsExactly("ALTER TABLE users REPLICA IDENTITY DEFAULT");
        assertThat(PgReplicaIdentity.option("d", null)).isNull();
        assertThat(PgReplicaIdentity.option("i", "k")).isEqualTo("index k");
    }

    @Test
    void newLabelsThatAPolicyUsesCommitBeforeThePlansTransaction() {
        EnumType from = new EnumType("perm", List.of("read"), null);
        EnumType to = new EnumType("perm", List.of("read", "write"), null);
        SchemaObject policy = new SchemaObject(SchemaObject.Kind.POLICY, "p", "docs", "docs.p",
                "CREATE POLICY p ON docs AS PERMISSIVE FOR UPDATE TO PUBLIC USING (can('write'::perm))", Map.of(),
                List.of(new ObjectRef(SchemaObject.Kind.ENUM, "perm")), List.of());
        Schema desired = new Schema("public", List.of(), List.of(to), List.of(), List.of(), List.of(policy), List.of());
        RenderContext ctx = new RenderContext(Schema.empty("public"), desired);
        AlterEnum c = new AlterEnum(from, to);
        assertThat(renderer.render(c, ctx)).containsExactly(new Statement("ALTER TYPE perm ADD VALUE 'write' AFTER 'read'", false));
        assertThat(codes(renderer.hazards(c, ctx))).containsExactly(HazardCode.COMMITTED_FIRST);
        assertThat(new PostgresDiffHooks().recreatesEnum(c, desired)).isFalse();
        Schema unused = new Schema("public", List.of(), List.of(to), List.of(), List.of(), List.of(), List.of());
        assertThat(renderer.render(c, new RenderContext(Schema.empty("public"), unused)))
                .containsExactly(Statement.of("ALTER TYPE perm ADD VALUE 'write' AFTER 'read'"));
    }

    @Test
    void aggregatesAreDroppedBySignatureAndReplacedByDropAndCreate() {
        SchemaObject v1 = new SchemaObject(SchemaObject.Kind.AGGREGATE, "total", null, "total(integer)",
                "CREATE AGGREGATE total(integer) (\n    SFUNC = int4pl,\n    STYPE = integer\n)",
                Map.of(CatalogCodeObjects.SIGNATURE, "total(integer)", CatalogCodeObjects.ARGUMENTS, "integer",
                        CatalogCodeObjects.RESULT, "integer"), List.of(), List.of());
        SchemaObject v2 = new SchemaObject(v1.kind(), v1.name(), null, v1.identity(),
                v1.definition().replace("\n)", ",\n    INITCOND = '0'\n)"), v1.properties(), List.of(), List.of());
        assertThat(sql(new DropObject(v1))).containsExactly("DROP AGGREGATE total(integer)");
        assertThat(new PostgresDiffHooks().replacesObjectInPlace(v1, v2)).isFalse();
        assertThat(sql(new ReplaceObject(v1, v2))).containsExactly("DROP AGGREGATE total(integer)", v2.definition());
    }

    @Test
    void aUniqueIndexOnAMaterializedViewMayFailOnItsRows() {
        SchemaObject index = new SchemaObject(SchemaObject.Kind.VIEW_INDEX, "counts_path", "counts", "counts.counts_path",
                "CREATE UNIQUE INDEX counts_path ON counts (path)", Map.of(),
                List.of(new ObjectRef(SchemaObject.Kind.VIEW, "counts")), List.of());
        assertThat(sql(new CreateObject(index))).containsExactly(index.definition());
        assertThat(sql(new DropObject(index))).containsExactly("DROP INDEX counts_path");
        assertThat(codes(renderer.hazards(new CreateObject(index), empty))).containsExactly(HazardCode.ADD_UNIQUE);
    }

    @Test
    void eventTriggersAreDroppedByNameAndTheirStateAndCommentSetBeside() {
        SchemaObject on = new SchemaObject(SchemaObject.Kind.EVENT_TRIGGER, "watch", null, "watch",
                "CREATE EVENT TRIGGER watch ON ddl_command_end EXECUTE FUNCTION on_ddl()", Map.of(), List.of(), List.of());
        SchemaObject off = new SchemaObject(on.kind(), on.name(), null, on.identity(), on.definition(),
                Map.of(CatalogCodeObjects.TRIGGER_STATE, "disabled", CatalogCodeObjects.COMMENT, "off"), List.of(), List.of());
        assertThat(sql(new DropObject(on))).containsExactly("DROP EVENT TRIGGER watch");
        assertThat(sql(new CreateObject(off))).containsExactly(off.definition(), "ALTER EVENT TRIGGER watch DISABLE",
                "COMMENT ON EVENT TRIGGER watch IS 'off'");
        assertThat(sql(new ReplaceObject(off, on))).containsExactly("ALTER EVENT TRIGGER watch ENABLE",
                "COMMENT ON EVENT TRIGGER watch IS NULL");
    }
}
