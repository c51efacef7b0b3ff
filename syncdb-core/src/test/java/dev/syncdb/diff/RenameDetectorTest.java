package dev.syncdb.diff;

import dev.syncdb.diff.RenameCandidate.Kind;
import dev.syncdb.model.Column;
import dev.syncdb.model.DataType;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rename suggestions from the differ's drops and adds; nothing is renamed by them. */
class RenameDetectorTest {
    private final DiffHooks hooks = new DiffHooks() {
    };

    private List<RenameCandidate> detect(Table current, Table desired) {
        return detect(List.of(current), List.of(desired));
    }

    private List<RenameCandidate> detect(List<Table> current, List<Table> desired) {
        Schema a = new Schema("public", current, List.of(), List.of(), List.of(), List.of());
        Schema b = new Schema("public", desired, List.of(), List.of(), List.of(), List.of());
        return new RenameDetector(hooks).detect(new Differ(hooks).diff(a, b));
    }

    @Test
    void droppedAndAddedColumnOfTheSameTypeIsACandidate() {
        Table a = Table.builder("users").column("id", "integer").column(Column.of("mail", "text").withNullable(false)).build();
        Table b = Table.builder("users").column("id", "integer").column(Column.of("email", "text").withNullable(false)).build();
        List<RenameCandidate> c = detect(a, b);
        assertThat(c).containsExactly(new RenameCandidate(Kind.COLUMN, "users", "mail", "email", 1.0,
                "same type text, same nullability, no default"));
        assertThat(c.get(0).option()).isEqualTo("users.mail=email");
        assertThat(DiffOptions.DEFAULT.accepting(c.get(0)).columnRenames()).containsEntry("users.mail", "email");
    }

    @Test
    void columnsOfAnotherTypeAreNotProposed() {
        Table a = Table.builder("users").column("id", "integer").column("mail", "text").build();
        Table b = Table.builder("users").column("id", "integer").column("email", "integer").build();
        assertThat(detect(a, b)).isEmpty();
    }

    @Test
    void wideningTypeIsProposedWithALowerScore() {
        Table a = Table.builder("users").column("id", "integer")
                .column(Column.of("mail", "x").withType(new DataType("varchar(50)", "varchar", 50, null, null, false))).build();
        Table b = Table.builder("users").column("id", "integer")
                .column(Column.of("email", "x").withType(new DataType("varchar(200)", "varchar", 200, null, null, false))).build();
        List<RenameCandidate> c = detect(a, b);
        assertThat(c).singleElement().satisfies(x -> {
            assertThat(x.score()).isEqualTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(x.reason()).isEqualTo("type widens varchar(50) -> varchar(200), same nullability, no default");
        });
    }

    @Test
    void eachColumnIsProposedOnceBestNameFirst() {
        Table a = Table.builder("t").column("id", "integer").column("mail", "text").column("nick", "text").build();
        Table b = Table.builder("t").column("id", "integer").column("email", "text").column("nickname", "text").build();
        assertThat(detect(a, b)).extracting(RenameCandidate::option).containsExactly("t.mail=email", "t.nick=nickname");
    }

    @Test
    void tableWithNearlyTheSameColumnsIsACandidate() {
        Table a = Table.builder("people").column("id", "integer").column("mail", "text").column("name", "text").build();
        Table b = Table.builder("users").column("id", "integer").column("email", "text").column("name", "text").build();
        List<RenameCandidate> c = detect(a, b);
        assertThat(c).hasSize(1);
        assertThat(c.get(0).kind()).isEqualTo(Kind.TABLE);
        assertThat(c.get(0).option()).isEqualTo("people=users");
        assertThat(c.get(0).reason()).isEqualTo("2 of 3 columns match by name and type");
        assertThat(DiffOptions.DEFAULT.accepting(c.get(0)).tableRenames()).containsEntry("people", "users");
    }

    @Test
    void unrelatedTablesAreNotProposed() {
        Table a = Table.builder("tags").column("id", "integer").column("label", "text").build();
        Table b = Table.builder("invoices").column("id", "integer").column("amount", "numeric").build();
        assertThat(detect(a, b)).isEmpty();
    }
}
