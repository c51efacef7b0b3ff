package dev.syncdb.sqlite;

import dev.syncdb.SyncdbException;
import dev.syncdb.diff.Differ;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.model.Column;
import dev.syncdb.model.Schema;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.Table;
import dev.syncdb.plan.Planner;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqliteTriggersTest {

    private static final String TRIGGER = """
            CREATE TRIGGER orders_log AFTER UPDATE OF qty, "Note" ON orders -- keeps a log
            BEGIN
              INSERT INTO log (msg) VALUES ('note ' || NEW."Note" || OLD.total);
            END""";

    @Test
    void definitionIsTheCanonicalTextSoLayoutAndCommentsDoNotCount() {
        SchemaObject a = SqliteTriggers.of("orders_log", "orders", false, TRIGGER);
        SchemaObject b = SqliteTriggers.of("orders_log", "orders", false, TRIGGER.replace("\n", " ").replace("  ", " ")
                .replace(" -- keeps a log", "").replace("log (msg)", "log(msg)"));
        assertThat(a.definition()).isEqualTo(b.definition()).doesNotContain("keeps a log").doesNotContain("\n");
        assertThat(SqliteTriggers.of("orders_log", "orders", false, a.definition()).definition()).isEqualTo(a.definition());
        assertThat(a.identity()).isEqualTo("orders.orders_log");
    }

    @Test
    void columnsReadAreNewOldAndUpdateOf() {
        assertThat(SqliteTriggers.columnsRead(TRIGGER)).containsExactlyInAnyOrder("note", "total", "qty");
        assertThat(SqliteTriggers.columnsRead("CREATE TRIGGER t AFTER DELETE ON x BEGIN DELETE FROM y WHERE y.new = 1; END"))
                .isEmpty();
    }

    @Test
    void aTriggerReadingAMissingColumnIsRefused() {
        SchemaObject t = SqliteTriggers.of("orders_log", "orders", false, TRIGGER);
        Table orders = Table.builder("orders").column(Column.of("qty", "INT")).column(Column.of("total", "INT")).build();
        assertThatThrownBy(() -> SqliteTriggers.checkColumns(t, orders)).isInstanceOf(SyncdbException.class)
                .hasMessageContaining("trigger orders_log on orders reads column note");
        Table full = orders.toBuilder().column(Column.of("Note", "TEXT")).build();
        SqliteTriggers.checkColumns(t, full);
    }

    @Test
    void aChangedTriggerIsDroppedAndCreatedNotReplaced() {
        SchemaObject from = SqliteTriggers.of("tr", "t", false, "CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT NEW.a; END");
        SchemaObject to = SqliteTriggers.of("tr", "t", false, "CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT NEW.b; END");
        Table t = Table.builder("t").column(Column.of("a", "INT")).column(Column.of("b", "INT")).build();
        List<SchemaChange> changes = new Differ(new SqliteDiffHooks()).diff(schema(t, from), schema(t, to));
        assertThat(changes).extracting(SchemaChange::describe)
                .containsExactlyInAnyOrder("drop trigger t.tr", "create trigger t.tr");
    }

    /** A column dropped in place while a kept trigger still reads it: refused when planning, not at apply. */
    @Test
    void droppingAColumnAKeptTriggerReadsIsRefusedWhenPlanning() {
        SchemaObject tr = SqliteTriggers.of("tr", "t", false, "CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT NEW.b; END");
        Table cur = Table.builder("t").column(Column.of("a", "INT")).column(Column.of("b", "INT")).build();
        Table want = Table.builder("t").column(Column.of("a", "INT")).build();
        Schema current = schema(cur, tr);
        Schema desired = schema(want, tr);
        SqliteDiffHooks hooks = new SqliteDiffHooks();
        List<SchemaChange> changes = new Differ(hooks).diff(current, desired);
        assertThatThrownBy(() -> new Planner(hooks, new SqliteRenderer()).plan(current, desired, changes))
                .isInstanceOf(SyncdbException.class).hasMessageContaining("trigger tr on t reads column b");
    }

    /** A rebuild (here for a type change) that drops a column a kept trigger reads: refused, not re-created broken. */
    @Test
    void aRebuildDroppingAColumnAKeptTriggerReadsIsRefused() {
        SchemaObject tr = SqliteTriggers.of("tr", "t", false, "CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT NEW.b; END");
        Table cur = Table.builder("t").column(Column.of("a", "INT")).column(Column.of("b", "INT")).build();
        Table want = Table.builder("t").column(Column.of("a", "TEXT")).build();
        Schema current = schema(cur, tr);
        Schema desired = schema(want, tr);
        SqliteDiffHooks hooks = new SqliteDiffHooks();
        List<SchemaChange> changes = new Differ(hooks).diff(current, desired);
        assertThatThrownBy(() -> new Planner(hooks, new SqliteRenderer()).plan(current, desired, changes))
                .isInstanceOf(SyncdbException.class).hasMessageContaining("trigger tr on t reads column b");
    }

    /** A rebuild re-creates the table's triggers from the desired schema, after the rename back. */
    @Test
    void aRebuildRecreatesTheDesiredTriggers() {
        SchemaObject old = SqliteTriggers.of("tr", "t", false, "CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT NEW.b; END");
        SchemaObject now = SqliteTriggers.of("tr", "t", false, "CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT NEW.a; END");
        Table cur = Table.builder("t").column(Column.of("a", "INT")).column(Column.of("b", "INT")).build();
        Table want = Table.builder("t").column(Column.of("a", "TEXT")).build();
        Schema current = schema(cur, old);
        Schema desired = schema(want, now);
        SqliteDiffHooks hooks = new SqliteDiffHooks();
        var plan = new Planner(hooks, new SqliteRenderer()).plan(current, desired, new Differ(hooks).diff(current, desired));
        List<String> sql = plan.steps().stream().flatMap(s -> s.statements().stream()).map(s -> s.sql()).toList();
        assertThat(sql).containsSubsequence("DROP TABLE \"t\"", "ALTER TABLE \"new_t\" RENAME TO \"t\"", now.definition());
        assertThat(sql).doesNotContain(old.definition(), "DROP TRIGGER \"tr\"");
    }

    private static Schema schema(Table t, SchemaObject trigger) {
        return new Schema("main", List.of(t), List.of(), List.of(), List.of(), List.of(trigger), List.of());
    }
}
