package dev.syncdb.diff;

import dev.syncdb.diff.SchemaChange.*;
import dev.syncdb.model.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Objects that move between the namespaces of a run, on model builders, with hooks that read
 * {@code ns.name} as name {@code name} of namespace {@code ns} (and a bare name as the first's).
 */
class MovesTest {
    private final Differ differ = new Differ(new DiffHooks() {
        @Override
        public String nameInNamespace(String schema, String name) {
            return bare(name);
        }
    });

    private static String bare(String name) {
        return name.substring(name.indexOf('.') + 1);
    }

    private static Schema schema(List<Table> tables, List<EnumType> enums, List<Sequence> sequences, List<View> views) {
        return new Schema("app,billing", tables, enums, sequences, views, List.of());
    }

    private static Table orders(String name, String type, String... extra) {
        TableBuilder b = Table.builder(name).column(Column.of("id", "integer").withNullable(false)
                        .withDefault("nextval('" + seqName(name) + "'::regclass)"))
                .column(Column.of("state", type).withDefault("'open'::" + type)).primaryKey(new PrimaryKey("orders_pkey", List.of("id")));
        for (String column : extra) {
            b.column(column, "text");
        }
        return b.build();
    }

    private static String seqName(String table) {
        return table + "_id_seq";
    }

    private static Sequence sequence(String table) {
        return new Sequence(seqName(table), "integer", 1, 1, 1, Integer.MAX_VALUE, 1, false, table, "id");
    }

    private static Table lines(String ordersName) {
        return Table.builder("lines").column("order_id", "integer")
                .foreignKey(ForeignKey.of("lines_order_fk", List.of("order_id"), ordersName, List.of("id"))).build();
    }

    @Test
    void aTableMovesWithItsSequenceAndTheKeysThatPointAtItThenItsChangesFollow() {
        EnumType state = new EnumType("state", List.of("open", "paid"), null);
        Schema current = schema(List.of(orders("orders", "state"), lines("orders")), List.of(state),
                List.of(sequence("orders")), List.of());
        Schema desired = schema(List.of(orders("billing.orders", "billing.state", "note"), lines("billing.orders")),
                List.of(new EnumType("billing.state", state.values(), null)), List.of(sequence("billing.orders")), List.of());
        assertThat(differ.diff(current, desired)).containsExactly(
                MoveObject.named(SchemaObject.Kind.TABLE, "orders", "billing.orders", false, false),
                MoveObject.named(SchemaObject.Kind.SEQUENCE, "orders_id_seq", "billing.orders_id_seq", false, true),
                MoveObject.named(SchemaObject.Kind.ENUM, "state", "billing.state", false, false),
                new AddColumn("billing.orders", Column.of("note", "text")));
    }

    @Test
    void aViewMovesOnlyWhenItIsOtherwiseTheSame() {
        View names = new View("names", "SELECT name FROM customers", false, List.of(), null);
        View moved = new View("billing.names", names.definition(), false, List.of(), null);
        View changed = new View("billing.names", "SELECT upper(name) FROM customers", false, List.of(), null);
        assertThat(differ.diff(schema(List.of(), List.of(), List.of(), List.of(names)),
                schema(List.of(), List.of(), List.of(), List.of(moved))))
                .containsExactly(MoveObject.named(SchemaObject.Kind.VIEW, "names", "billing.names", false, false));
        assertThat(differ.diff(schema(List.of(), List.of(), List.of(), List.of(names)),
                schema(List.of(), List.of(), List.of(), List.of(changed))))
                .containsExactly(new DropView(names), new CreateView(changed));
    }

    @Test
    void aDialectThatNeverMovesDropsAndCreates() {
        Schema current = schema(List.of(lines("x")), List.of(), List.of(), List.of());
        Table moved = lines("x").toBuilder().build().withName("billing.lines");
        Schema desired = schema(List.of(moved), List.of(), List.of(), List.of());
        assertThat(new Differ(new DiffHooks() { }).diff(current, desired))
                .containsExactlyInAnyOrder(new DropTable(lines("x")), new CreateTable(moved));
        assertThat(new SchemaChange.MoveObject(SchemaObject.Kind.TABLE, "lines", "billing.lines", false, false, null, null)
                .reversed().describe()).isEqualTo("move table billing.lines to lines");
    }
}
