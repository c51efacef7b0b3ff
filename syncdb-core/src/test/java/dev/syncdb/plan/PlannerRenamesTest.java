package dev.syncdb.plan;

import dev.syncdb.diff.DiffHooks;
import dev.syncdb.diff.DiffOptions;
import dev.syncdb.diff.Differ;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.model.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Renames in the plan: where they run, their reverse, and that later steps use the new names. */
class PlannerRenamesTest {
    private static final Renderer ECHO = (change, ctx) -> List.of(Statement.of(change.describe()));
    private static final DiffHooks HOOKS = new DiffHooks() {
    };

    private static Schema schema(List<Table> tables, List<View> views) {
        return new Schema("public", tables, List.of(), List.of(), views, List.of());
    }

    private static Plan plan(Schema current, Schema desired, DiffOptions o) {
        List<SchemaChange> changes = new Differ(HOOKS).diff(current, desired, o);
        return new Planner(HOOKS, ECHO).plan(current, desired, changes);
    }

    @Test
    void renamesRunAfterViewDropsAndBeforeEverythingElseWithTheirReverseAndNoHazard() {
        Table people = Table.builder("people").column("id", "integer").column("mail", "text").build();
        Table users = Table.builder("users").column("id", "integer").column("email", "varchar(9)").build();
        View before = new View("v", "SELECT mail FROM people", false, List.of("people"), null);
        View after = new View("v", "SELECT email FROM users", false, List.of("users"), null);
        Plan p = plan(schema(List.of(people), List.of(before)), schema(List.of(users), List.of(after)),
                DiffOptions.DEFAULT.withTableRename("people", "users").withColumnRename("users", "mail", "email"));
        assertThat(p.steps()).extracting(PlanStep::comment).containsExactly("drop view v",
                "rename table people to users", "rename column users.mail to email",
                "alter column users.email [TYPE]", "create view v");
        PlanStep rename = p.steps().get(1);
        assertThat(rename.reverse()).extracting(Statement::sql).containsExactly("rename table users to people");
        assertThat(p.steps().get(2).reverse()).extracting(Statement::sql).containsExactly("rename column users.email to mail");
        assertThat(rename.hazards()).isEmpty();
        assertThat(p.steps().get(2).hazards()).isEmpty();
        assertThat(p.destructiveSteps()).isEmpty();
    }

    @Test
    void foreignKeyToARenamedTableIsLeftAloneAndTheKeyNameFollows() {
        Table people = Table.builder("people").column("id", "integer").primaryKey("id").build();
        Table users = Table.builder("users").column("id", "integer").primaryKey("id").build();
        Table orders = Table.builder("orders").column("id", "integer").column("pid", "integer")
                .foreignKey(ForeignKey.of("orders_pid_fkey", List.of("pid"), "people", List.of("id"))).build();
        Table ordersAfter = Table.builder("orders").column("id", "integer").column("pid", "integer")
                .foreignKey(ForeignKey.of("orders_pid_fkey", List.of("pid"), "users", List.of("id"))).build();
        Plan p = plan(schema(List.of(people, orders), List.of()), schema(List.of(users, ordersAfter), List.of()),
                DiffOptions.DEFAULT.withTableRename("people", "users"));
        assertThat(p.steps()).extracting(PlanStep::comment).containsExactly("rename table people to users",
                "rename constraint users.people_pkey to users_pkey");
    }
}
