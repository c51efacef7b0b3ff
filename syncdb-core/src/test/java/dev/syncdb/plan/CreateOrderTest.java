package dev.syncdb.plan;

import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CreateOrderTest {

    private static Table table(String name, String... parents) {
        var b = Table.builder(name).column("id", "integer");
        for (String p : parents) {
            b.column(p + "_id", "integer").foreignKey(ForeignKey.of(name + "_" + p + "_fk", List.of(p + "_id"), p,
                    List.of("id")));
        }
        return b.build();
    }

    private static List<String> names(CreateOrder.Result r) {
        return r.tables().stream().map(Table::name).toList();
    }

    @Test
    void placesEachTableAfterWhatItReferencesKeepingTheInputOrderOtherwise() {
        CreateOrder.Result r = CreateOrder.order(List.of(table("c", "b"), table("a"), table("b", "a"),
                table("d"), table("e", "e", "x")));
        assertThat(names(r)).containsExactly("a", "b", "c", "d", "e");
        assertThat(r.deferred()).isEmpty();
        assertThat(r.tables().get(4).foreignKeys()).hasSize(2);
    }

    @Test
    void breaksACycleAtTheFirstPendingTableAndDefersItsForwardKey() {
        CreateOrder.Result r = CreateOrder.order(List.of(table("x", "y"), table("y", "x"), table("z", "y")));
        assertThat(names(r)).containsExactly("x", "y", "z");
        assertThat(r.deferred()).extracting(CreateOrder.Deferred::table, d -> d.key().refTable())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("x", "y"));
        assertThat(r.tables().get(0).foreignKeys()).isEmpty();
        assertThat(r.tables().get(1).foreignKeys()).hasSize(1);
    }

    @Test
    void defersKeysToTablesChangedLater() {
        CreateOrder.Result r = CreateOrder.order(List.of(table("child", "old")), Set.of("old"));
        assertThat(names(r)).containsExactly("child");
        assertThat(r.deferred()).extracting(CreateOrder.Deferred::table).containsExactly("child");
        assertThat(r.tables().get(0).foreignKeys()).isEmpty();
    }

    @Test
    void ordersALongReversedChain() {
        List<Table> chain = new ArrayList<>();
        for (int i = 3000; i > 0; i--) {
            chain.add(table("t" + i, "t" + (i - 1)));
        }
        chain.add(table("t0"));
        CreateOrder.Result r = CreateOrder.order(chain);
        assertThat(names(r).get(0)).isEqualTo("t0");
        assertThat(names(r).get(3000)).isEqualTo("t3000");
        assertThat(r.deferred()).isEmpty();
    }
}
