package dev.syncdb.plan;

import dev.syncdb.diff.DiffHooks;
import dev.syncdb.diff.DiffOptions;
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

/**
 * The planner on privileges: compared only when the options say so, revoked first and granted last,
 * and kept across an object the plan drops and creates again.
 */
class PlannerPrivilegesTest {
    private static final Renderer ECHO = (change, ctx) -> List.of(Statement.of(change.describe()));
    private static final DiffHooks HOOKS = new DiffHooks() {
    };
    private static final DiffOptions PRIVILEGES = DiffOptions.DEFAULT.withPrivileges(true);

    private final Table items = Table.builder("items").column("id", "integer").build();
    private final View v1 = new View("v", "SELECT 1", false, List.of("items"), null);
    private final View v2 = new View("v", "SELECT 2", false, List.of("items"), null);

    private static SchemaObject privilege(Kind kind, String object, String role, String definition) {
        return new SchemaObject(Kind.PRIVILEGE, role, null, kind + " " + object + " TO " + role, definition, Map.of(),
                List.of(new ObjectRef(kind, object)), List.of());
    }

    private static Schema schema(List<Table> tables, List<View> views, SchemaObject... objects) {
        return new Schema("public", tables, List.of(), List.of(), views, List.of(objects), List.of());
    }

    private static List<String> plan(Schema current, Schema desired, DiffOptions options) {
        List<SchemaChange> changes = new Differ(HOOKS).diff(current, desired, options);
        return new Planner(HOOKS, ECHO).plan(current, desired, changes).statements().stream().map(Statement::sql).toList();
    }

    @Test
    void privilegesAreComparedOnlyWhenAskedFor() {
        Schema current = schema(List.of(items), List.of(), privilege(Kind.TABLE, "items", "reader", "SELECT"));
        Schema desired = schema(List.of(items), List.of(), privilege(Kind.TABLE, "items", "writer", "INSERT"));
        assertThat(plan(current, desired, DiffOptions.DEFAULT)).isEmpty();
        assertThat(plan(current, desired, PRIVILEGES)).containsExactly(
                "reset privileges ON TABLE items TO reader to the default",
                "set privileges ON TABLE items TO writer");
    }

    @Test
    void privilegesAreRevokedBeforeTheirObjectIsDroppedAndGrantedOnceItExists() {
        Schema current = schema(List.of(items), List.of(), privilege(Kind.TABLE, "items", "reader", "SELECT"));
        Table events = Table.builder("events").column("id", "integer").build();
        Schema desired = schema(List.of(events), List.of(), privilege(Kind.TABLE, "events", "reader", "SELECT"));
        assertThat(plan(current, desired, PRIVILEGES)).containsExactly(
                "reset privileges ON TABLE items TO reader to the default",
                "drop table items",
                "create table events",
                "set privileges ON TABLE events TO reader");
    }

    @Test
    void aRecreatedViewGetsItsPrivilegesBack() {
        Schema current = schema(List.of(items), List.of(v1), privilege(Kind.VIEW, "v", "reader", "SELECT"));
        Schema desired = schema(List.of(items), List.of(v2), privilege(Kind.VIEW, "v", "reader", "SELECT"),
                privilege(Kind.VIEW, "v", "writer", "SELECT"));
        assertThat(plan(current, desired, PRIVILEGES)).containsExactly(
                "reset privileges ON VIEW v TO reader to the default",
                "drop view v",
                "create view v",
                "set privileges ON VIEW v TO reader",
                "set privileges ON VIEW v TO writer");
    }
}
