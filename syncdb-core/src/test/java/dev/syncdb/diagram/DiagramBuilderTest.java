package dev.syncdb.diagram;

import dev.syncdb.diff.ColumnAspect;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.model.Column;
import dev.syncdb.model.DataType;
import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The diagram model from schemas and changes, its clusters and filters, and its Mermaid text. */
class DiagramBuilderTest {
    static Table users() {
        return Table.builder("users").column(new Column("id", DataType.of("bigint"), false, null, null, null, null, null))
                .column(Column.of("email", "text")).primaryKey("id").build();
    }

    static Table orders(boolean nullableUser) {
        return Table.builder("orders").column(new Column("id", DataType.of("bigint"), false, null, null, null, null, null))
                .column(new Column("user_id", DataType.of("bigint"), nullableUser, null, null, null, null, null))
                .primaryKey("id").foreignKey(ForeignKey.of("orders_user_fk", List.of("user_id"), "users", List.of("id"))).build();
    }

    static Schema schema(Table... tables) {
        return new Schema("public", List.of(tables), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void cardinalityComesFromNullabilityAndUniqueness() {
        Table profile = Table.builder("profiles").column(new Column("user_id", DataType.of("bigint"), false, null, null, null, null, null))
                .primaryKey("user_id").foreignKey(ForeignKey.of("profiles_user_fk", List.of("user_id"), "users", List.of("id"))).build();
        Diagram d = DiagramBuilder.of(schema(users(), orders(true), profile), Diagram.Subject.CURRENT, "t");
        assertThat(d.relationships()).extracting(Relationship::from, Relationship::optional, Relationship::oneToOne)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("orders", true, false),
                        org.assertj.core.groups.Tuple.tuple("profiles", false, true));
        String mermaid = MermaidDiagram.render(d);
        assertThat(mermaid).contains("    users |o--o{ orders : \"orders_user_fk\"\n", "    users ||--o| profiles : \"profiles_user_fk\"\n",
                "        bigint user_id PK, FK\n").doesNotContain("LEGEND");
    }

    @Test
    void theChangeMarksTablesColumnsAndKeysAndShowsWhatIsDropped() {
        Table oldOrders = Table.builder("orders").column(Column.of("id", "bigint")).column(Column.of("note", "text"))
                .column(Column.of("user_id", "int")).build();
        Table audit = Table.builder("audit").column(Column.of("id", "bigint"))
                .foreignKey(ForeignKey.of("audit_user_fk", List.of("id"), "users", List.of("id"))).build();
        Table newOrders = orders(false);
        List<SchemaChange> changes = List.of(
                new SchemaChange.DropTable(audit),
                new SchemaChange.DropColumn("orders", Column.of("note", "text")),
                new SchemaChange.AlterColumn("orders", Column.of("user_id", "int"), newOrders.column("user_id").orElseThrow(),
                        Set.of(ColumnAspect.TYPE, ColumnAspect.NULLABLE)),
                new SchemaChange.AddForeignKey("orders", newOrders.foreignKeys().get(0)),
                new SchemaChange.AddColumn("users", Column.of("email", "text")));
        Diagram d = DiagramBuilder.ofChange(schema(users(), oldOrders, audit), schema(users(), newOrders), changes, "change");
        assertThat(d.tables()).extracting(DiagramTable::name, DiagramTable::mark).containsExactly(
                org.assertj.core.groups.Tuple.tuple("users", Mark.ALTERED), org.assertj.core.groups.Tuple.tuple("orders", Mark.ALTERED),
                org.assertj.core.groups.Tuple.tuple("audit", Mark.DROPPED));
        DiagramTable orders = d.tables().get(1);
        assertThat(orders.columns()).extracting(DiagramColumn::name, DiagramColumn::mark).containsExactly(
                org.assertj.core.groups.Tuple.tuple("id", Mark.SAME), org.assertj.core.groups.Tuple.tuple("user_id", Mark.ALTERED),
                org.assertj.core.groups.Tuple.tuple("note", Mark.DROPPED));
        assertThat(orders.columns().get(1).note()).isEqualTo("type int → bigint, now NOT NULL");
        assertThat(d.relationships()).extracting(Relationship::name, Relationship::mark)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("orders_user_fk", Mark.ADDED),
                        org.assertj.core.groups.Tuple.tuple("audit_user_fk", Mark.DROPPED));
        assertThat(MermaidDiagram.render(d)).contains("    \"~ users\" ||--o{ \"~ orders\" : \"+ orders_user_fk\"\n",
                "    \"~ users\" |o..o{ \"- audit\" : \"- audit_user_fk\"\n", "        text email \"+ added\"\n",
                "        text note \"- dropped\"\n", "    \"LEGEND\" {\n");
    }

    @Test
    void namesMermaidCannotTakeAreQuotedOrReplaced() {
        assertThat(MermaidDiagram.entity("order lines", Mark.SAME)).isEqualTo("\"order lines\"");
        assertThat(MermaidDiagram.entity("a\"b<c>#d", Mark.ADDED)).isEqualTo("\"+ a'b‹c›♯d\"");
        assertThat(MermaidDiagram.word("character varying(255)")).isEqualTo("character_varying(255)");
        assertThat(MermaidDiagram.word("1st col")).isEqualTo("_1st_col");
    }

    @Test
    void clustersAndFiltersKeepLargeSchemasLegible() {
        List<Table> tables = new ArrayList<>();
        for (int g = 0; g < 20; g++) {
            tables.add(Table.builder("g" + g + "_root").column(Column.of("id", "int")).primaryKey("id").build());
            for (int i = 0; i < 9; i++) {
                tables.add(Table.builder("g" + g + "_t" + i).column(Column.of("root_id", "int"))
                        .foreignKey(ForeignKey.of(null, List.of("root_id"), "g" + g + "_root", List.of("id"))).build());
            }
        }
        Diagram d = DiagramBuilder.of(schema(tables.toArray(Table[]::new)), Diagram.Subject.CURRENT, "200 tables");
        assertThat(d.tables()).hasSize(200);
        assertThat(d.clusters()).hasSize(20).allSatisfy(c -> assertThat(c.tables()).hasSize(10));
        assertThat(d.only(TableFilter.parse("G3_*")).tables()).hasSize(10);
        assertThat(d.only(TableFilter.parse("/^g1[0-9]_root$/")).tables()).hasSize(10);
        assertThat(d.only(TableFilter.parse("g1_root,g1_t0")).relationships()).hasSize(1);
        assertThat(MermaidDiagram.render(d)).contains("    %% group 20: 10 tables\n", "    g19_root |o--o{ g19_t8 : \"root_id\"\n");
    }
}
