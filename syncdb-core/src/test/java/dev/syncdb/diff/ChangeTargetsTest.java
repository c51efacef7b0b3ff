package dev.syncdb.diff;

import dev.syncdb.model.Column;
import dev.syncdb.model.EnumType;
import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What a list of changes touches: created objects, existing relations and types, referenced tables. */
class ChangeTargetsTest {

    @Test
    void splitsNewObjectsFromExistingOnesAndFindsReferencedTables() {
        Table orders = Table.builder("orders").column("id", "int").column("account_id", "int")
                .foreignKey(ForeignKey.of("orders_account", List.of("account_id"), "accounts", List.of("id"))).build();
        Table lines = Table.builder("lines").column("order_id", "int")
                .foreignKey(ForeignKey.of("lines_order", List.of("order_id"), "orders", List.of("id"))).build();
        List<SchemaChange> changes = List.of(
                new SchemaChange.CreateTable(orders),
                new SchemaChange.CreateTable(lines),
                new SchemaChange.AddColumn("accounts", Column.of("email", "text")),
                new SchemaChange.AddColumn("orders", Column.of("note", "text")),
                new SchemaChange.RenameTable("old_name", "new_name"),
                new SchemaChange.AlterEnum(new EnumType("mood", List.of("a"), null), new EnumType("mood", List.of("a", "b"), null)),
                new SchemaChange.AddForeignKey("accounts", ForeignKey.of("accounts_plan", List.of("plan_id"), "plans", List.of("id"))));
        ChangeTargets t = ChangeTargets.of(changes, "public");
        assertThat(t.creates()).containsExactly(new ChangeTargets.Created("table", "orders"),
                new ChangeTargets.Created("table", "lines"));
        assertThat(t.relations()).isEqualTo(Set.of("accounts", "old_name"));
        assertThat(t.types()).containsExactly("mood");
        assertThat(t.referenced()).containsOnlyKeys("accounts", "plans")
                .containsEntry("accounts", "orders_account").containsEntry("plans", "accounts_plan");
    }
}
