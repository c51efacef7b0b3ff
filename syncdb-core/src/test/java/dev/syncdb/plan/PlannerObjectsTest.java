package dev.syncdb.plan;

import dev.syncdb.diff.DiffHooks;
import dev.syncdb.diff.Differ;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.model.ObjectRef;
import dev.syncdb.model.Schema;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.SchemaObject.Kind;
import dev.syncdb.model.Table;
import dev.syncdb.model.View;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The planner on objects compared by definition: phases by dependency, reverse order for drops, hazards. */
class PlannerObjectsTest {
    private static final Renderer ECHO = (change, ctx) -> List.of(Statement.of(change.describe()));
    private static final DiffHooks HOOKS = new DiffHooks() {
    };

    private static List<String> plan(Schema current, Schema desired) {
        return planOf(current, desired).statements().stream().map(Statement::sql).toList();
    }

    private static Plan planOf(Schema current, Schema desired) {
        List<SchemaChange> changes = new Differ(HOOKS).diff(current, desired);
        return new Planner(HOOKS, ECHO).plan(current, desired, changes);
    }

    private static Schema schema(List<Table> tables, List<View> views, SchemaObject... objects) {
        return new Schema("public", tables, List.of(), List.of(), views, List.of(objects), List.of());
    }

    private static SchemaObject object(Kind kind, String identity, String table, String definition, ObjectRef... deps) {
        return new SchemaObject(kind, identity, table, identity, definition, Map.of(), List.of(deps), List.of());
    }

    private static ObjectRef ref(Kind kind, String identity) {
        return new ObjectRef(kind, identity);
    }

    private final Table items = Table.builder("items").column("id", "integer").build();
    private final SchemaObject extension = object(Kind.EXTENSION, "citext", null, "CREATE EXTENSION citext");
    private final SchemaObject domain = object(Kind.DOMAIN, "email", null, "CREATE DOMAIN email AS citext",
            ref(Kind.EXTENSION, "citext"));
    private final SchemaObject function = object(Kind.FUNCTION, "touch()", null, "CREATE FUNCTION touch()");
    private final SchemaObject overRow = object(Kind.FUNCTION, "big(items)", null, "CREATE FUNCTION big(items)",
            ref(Kind.TABLE, "items"));
    private final SchemaObject trigger = object(Kind.TRIGGER, "items.t", "items", "CREATE TRIGGER t",
            ref(Kind.TABLE, "items"), ref(Kind.FUNCTION, "touch()"));
    private final View view = new View("v", "SELECT 1", false, List.of("items"), null);
    private final SchemaObject onView = object(Kind.FUNCTION, "from_v()", null, "CREATE FUNCTION from_v()",
            ref(Kind.VIEW, "v"));

    @Test
    void objectsAreCreatedAroundTheTablesAndViewsByDependency() {
        Schema desired = schema(List.of(items), List.of(view), onView, trigger, overRow, function, domain, extension);
        assertThat(plan(Schema.empty("public"), desired)).containsExactly(
                "create extension citext",
                "create domain email",
                "create function touch()",
                "create table items",
                "create function big(items)",
                "create trigger items.t",
                "create view v",
                "create function from_v()");
    }

    @Test
    void objectsAreDroppedInTheReverseOrder() {
        Schema current = schema(List.of(items), List.of(view), onView, trigger, overRow, function, domain, extension);
        assertThat(plan(current, Schema.empty("public"))).containsExactly(
                "drop function from_v()",
                "drop view v",
                "drop trigger items.t",
                "drop function big(items)",
                "drop table items",
                "drop function touch()",
                "drop domain email",
                "drop extension citext");
    }

    @Test
    void aChangedDefinitionIsOneReplaceWithItsReverse() {
        SchemaObject changed = object(Kind.FUNCTION, "touch()", null, "CREATE FUNCTION touch() -- v2");
        Plan p = planOf(schema(List.of(), List.of(), function), schema(List.of(), List.of(), changed));
        assertThat(p.steps()).singleElement().satisfies(s -> {
            assertThat(s.change()).isEqualTo(new SchemaChange.ReplaceObject(function, changed));
            assertThat(s.reverse()).extracting(Statement::sql).containsExactly("replace function touch()");
        });
    }

    @Test
    void aFunctionAReplacedTriggerStopsUsingIsDroppedAfterTheReplacement() {
        Schema current = schema(List.of(items), List.of(), function, trigger);
        SchemaObject other = object(Kind.FUNCTION, "stamp()", null, "CREATE FUNCTION stamp()");
        SchemaObject retargeted = object(Kind.TRIGGER, "items.t", "items", "CREATE TRIGGER t -- stamp()",
                ref(Kind.TABLE, "items"), ref(Kind.FUNCTION, "stamp()"));
        assertThat(plan(current, schema(List.of(items), List.of(), other, retargeted))).containsExactly(
                "create function stamp()", "replace trigger items.t", "drop function touch()");
    }

    @Test
    void tablesThatKeepUsingAnObjectAreItsRemainingUsers() {
        SchemaObject used = new SchemaObject(Kind.FUNCTION, "f", null, "f()", "CREATE FUNCTION f()", Map.of(),
                List.of(), List.of(ref(Kind.TABLE, "items"), ref(Kind.VIEW, "v")));
        SchemaObject v2 = new SchemaObject(Kind.FUNCTION, "f", null, "f()", "CREATE FUNCTION f() -- v2", Map.of(),
                List.of(), List.of(ref(Kind.TABLE, "items"), ref(Kind.VIEW, "v")));
        SchemaObject unused = new SchemaObject(Kind.FUNCTION, "f", null, "f()", "CREATE FUNCTION f() -- v2", Map.of(),
                List.of(), List.of());
        Schema current = schema(List.of(items), List.of(view), used, trigger);
        assertThat(ObjectUsers.remaining(used, current, schema(List.of(items), List.of(view), v2, trigger)))
                .containsExactly(ref(Kind.TABLE, "items"));
        assertThat(ObjectUsers.remaining(used, current, schema(List.of(items), List.of(), unused))).isEmpty();
    }

    /** Hooks under which every replacement of an object drops it (as PostgreSQL does for a new result type). */
    private static final DiffHooks DROPPING = new DiffHooks() {
        @Override
        public boolean replacesObjectInPlace(SchemaObject from, SchemaObject to) {
            return false;
        }
    };

    private static List<String> droppingPlan(Schema current, Schema desired) {
        List<SchemaChange> changes = new Differ(DROPPING).diff(current, desired);
        return new Planner(DROPPING, ECHO).plan(current, desired, changes).statements().stream()
                .map(Statement::sql).toList();
    }

    @Test
    void objectsAndViewsThatNeedAFunctionReplacedByDroppingAreDroppedFirstAndCreatedAgain() {
        SchemaObject touch = new SchemaObject(Kind.FUNCTION, "touch", null, "touch()", "CREATE FUNCTION touch()",
                Map.of(), List.of(), List.of(ref(Kind.VIEW, "v")));
        SchemaObject touch2 = new SchemaObject(Kind.FUNCTION, "touch", null, "touch()", "CREATE FUNCTION touch() v2",
                Map.of(), List.of(), List.of(ref(Kind.VIEW, "v")));
        SchemaObject caller = object(Kind.FUNCTION, "calls()", null, "CREATE FUNCTION calls()", ref(Kind.FUNCTION, "touch()"));
        SchemaObject callerChanged = object(Kind.FUNCTION, "calls()", null, "CREATE FUNCTION calls() v2",
                ref(Kind.FUNCTION, "touch()"));
        SchemaObject policy = object(Kind.POLICY, "items.p", "items", "CREATE POLICY p", ref(Kind.TABLE, "items"),
                ref(Kind.FUNCTION, "calls()"));
        View other = new View("w", "SELECT 2", false, List.of("v"), null);
        Schema current = schema(List.of(items), List.of(view, other), touch, caller, trigger, policy);
        Schema desired = schema(List.of(items), List.of(view, other), touch2, callerChanged, trigger, policy);
        List<String> plan = droppingPlan(current, desired);
        assertThat(plan).containsExactlyInAnyOrder(
                "drop policy items.p", "drop trigger items.t", "drop function calls()", "drop view w", "drop view v",
                "replace function touch()", "create function calls()", "create trigger items.t",
                "create policy items.p", "create view v", "create view w");
        assertThat(plan.indexOf("drop policy items.p")).isLessThan(plan.indexOf("drop function calls()"));
        assertThat(plan.indexOf("drop function calls()")).isLessThan(plan.indexOf("replace function touch()"));
        assertThat(plan.indexOf("drop view w")).isLessThan(plan.indexOf("drop view v"));
        assertThat(plan.indexOf("replace function touch()")).isLessThan(plan.indexOf("create function calls()"));
        assertThat(plan.indexOf("create function calls()")).isLessThan(plan.indexOf("create policy items.p"));
        assertThat(plan.indexOf("create view v")).isLessThan(plan.indexOf("create view w"));
    }

    @Test
    void aReplacementInPlaceLeavesItsUsersAlone() {
        SchemaObject changed = object(Kind.FUNCTION, "touch()", null, "CREATE FUNCTION touch() -- v2");
        Schema current = schema(List.of(items), List.of(), function, trigger);
        assertThat(plan(current, schema(List.of(items), List.of(), changed, trigger)))
                .containsExactly("replace function touch()");
    }

    @Test
    void objectsThatReadADroppedOrRetypedColumnAreDroppedBeforeItAndCreatedAfter() {
        Table wide = Table.builder("items").column("id", "integer").column("note", "text").build();
        Table retyped = Table.builder("items").column("id", "bigint").build();
        SchemaObject policy = object(Kind.POLICY, "items.p", "items", "CREATE POLICY p USING (id > 0)",
                ref(Kind.TABLE, "items"), ref(Kind.COLUMN, "items.id"));
        SchemaObject onNote = object(Kind.TRIGGER, "items.n", "items", "CREATE TRIGGER n UPDATE OF note",
                ref(Kind.TABLE, "items"), ref(Kind.COLUMN, "items.note"), ref(Kind.FUNCTION, "touch()"));
        SchemaObject untouched = object(Kind.POLICY, "items.q", "items", "CREATE POLICY q USING (true)",
                ref(Kind.TABLE, "items"));
        Schema current = schema(List.of(wide), List.of(), function, policy, onNote, untouched);
        List<String> plan = plan(current, schema(List.of(retyped), List.of(), function, policy, untouched));
        assertThat(plan).containsExactlyInAnyOrder("drop policy items.p", "drop trigger items.n",
                "alter column items.id [TYPE]", "drop column items.note", "create policy items.p");
        assertThat(plan.indexOf("drop policy items.p")).isLessThan(plan.indexOf("alter column items.id [TYPE]"));
        assertThat(plan.indexOf("drop trigger items.n")).isLessThan(plan.indexOf("drop column items.note"));
        assertThat(plan.get(plan.size() - 1)).isEqualTo("create policy items.p");
    }

    @Test
    void changingAPolicyIsAnAccessHazard() {
        SchemaObject policy = object(Kind.POLICY, "items.p", "items", "CREATE POLICY p USING (true)", ref(Kind.TABLE, "items"));
        SchemaObject narrower = object(Kind.POLICY, "items.p", "items", "CREATE POLICY p USING (false)", ref(Kind.TABLE, "items"));
        Plan p = planOf(schema(List.of(items), List.of(), policy), schema(List.of(items), List.of(), narrower));
        assertThat(p.steps()).singleElement()
                .satisfies(s -> assertThat(s.hazards()).extracting(Hazard::code).containsExactly(HazardCode.ACCESS_CHANGE));
    }
}
