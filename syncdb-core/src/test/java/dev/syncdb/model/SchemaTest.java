package dev.syncdb.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaTest {

    private static Schema schema(List<Table> tables, List<View> views) {
        return new Schema("public", tables, List.of(), List.of(), views, List.of());
    }

    @Test
    void findsTablesAndViewsByName() {
        Table a = Table.builder("a").column("id", "integer").build();
        Table b = Table.builder("b").column("id", "integer").build();
        View v = new View("v", "SELECT 1", false, List.of(), null);
        Schema s = schema(List.of(a, b), List.of(v));
        assertThat(s.table("b")).contains(b);
        assertThat(s.table("c")).isEmpty();
        assertThat(s.view("v")).contains(v);
        assertThat(s.view("a")).isEmpty();
        assertThat(s.withoutTables(java.util.Set.of("a")).table("a")).isEmpty();
    }

    @Test
    void comparesByContentLikeAnyListAndStaysUnmodifiable() {
        Table a = Table.builder("a").column("id", "integer").build();
        List<Table> mutable = new ArrayList<>(List.of(a));
        Schema s = schema(mutable, List.of());
        mutable.clear();
        assertThat(s.tables()).containsExactly(a);
        assertThat(s).isEqualTo(schema(List.of(a), List.of())).hasSameHashCodeAs(schema(List.of(a), List.of()));
        assertThat(s.tables()).isEqualTo(List.of(a));
        assertThat(List.of(a)).isEqualTo(s.tables());
        assertThat(new Schema(s.name(), s.tables(), s.enums(), s.sequences(), s.views(), s.unsupported()))
                .isEqualTo(s);
        assertThatThrownBy(() -> s.tables().add(a)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> schema(java.util.Arrays.asList(a, null), List.of()))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void findsTheFirstOfTwoTablesOfTheSameName() {
        Table first = Table.builder("a").column("id", "integer").build();
        Table second = Table.builder("a").column("x", "text").build();
        assertThat(schema(List.of(first, second), List.of()).table("a")).contains(first);
    }

    @Test
    void findsATableOrViewByItsNameInAnotherCase() {
        Table orders = Table.builder("Orders").column("id", "integer").build();
        Table lower = Table.builder("orders").column("x", "text").build();
        View report = new View("Daily_Report", "SELECT 1", false, List.of(), null);
        Schema s = schema(List.of(orders, lower), List.of(report));

        assertThat(s.tableIgnoringCase("ORDERS")).contains(orders);
        assertThat(s.tableIgnoringCase("orders")).contains(orders);
        assertThat(s.table("orders")).contains(lower);
        assertThat(s.tableIgnoringCase("invoices")).isEmpty();
        assertThat(s.viewIgnoringCase("daily_report")).contains(report);
        assertThat(s.viewIgnoringCase("orders")).isEmpty();
    }
}
