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
    void usersThatKeepUsingAnObjectAreItsRemainingUsers() {
        SchemaObject v2 = object(Kind.FUNCTION, "touch()", null, "CREATE FUNCTION touch() -- v2");
        Schema current = schema(List.of(items), List.of(), function, trigger);
        assertThat(ObjectUsers.remaining(function, current, schema(List.of(items), List.of(), v2, trigger)))
                .containsExactly(ref(Kind.TRIGGER, "items.t"));
        assertThat(ObjectUsers.remaining(function, current, schema(List.of(items), List.of(), v2))).isEmpty();
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
