package dev.syncdb.engine.plan;

import dev.syncdb.SyncdbException;
import dev.syncdb.diff.DiffOptions;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;
import dev.syncdb.sql.RenameDirective;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Checking renames against both schemas: given ones strictly, declared ones skipped once applied. */
class RenameResolutionTest {
    private static final Schema BEFORE = schema(Table.builder("people").column("id", "integer").column("mail", "text").build());
    private static final Schema AFTER = schema(Table.builder("users").column("id", "integer").column("email", "text").build());

    private static Schema schema(Table... t) {
        return new Schema("public", List.of(t), List.of(), List.of(), List.of(), List.of());
    }

    private static DiffOptions given(String table, String from, String to) {
        return table == null ? DiffOptions.DEFAULT.withTableRename(from, to)
                : DiffOptions.DEFAULT.withColumnRename(table, from, to);
    }

    @Test
    void givenRenamesAreKeyedByTheNewTableName() {
        DiffOptions o = given(null, "people", "users").withColumnRename("people", "mail", "email");
        DiffOptions r = RenameResolution.resolve(o, List.of(), BEFORE, AFTER);
        assertThat(r.tableRenames()).isEqualTo(Map.of("people", "users"));
        assertThat(r.columnRenames()).isEqualTo(Map.of("users.mail", "email"));
    }

    @Test
    void givenRenameOfAMissingObjectFails() {
        assertThatThrownBy(() -> RenameResolution.resolve(given(null, "ghost", "users"), List.of(), BEFORE, AFTER))
                .isInstanceOf(SyncdbException.class)
                .hasMessage("cannot rename: --rename ghost=users: there is no table ghost in the database; nothing was changed");
        assertThatThrownBy(() -> RenameResolution.resolve(given(null, "people", "nobody"), List.of(), BEFORE, AFTER))
                .hasMessageContaining("there is no table nobody in the desired schema");
        assertThatThrownBy(() -> RenameResolution.resolve(given("people", "mail", "email"), List.of(), BEFORE, BEFORE))
                .hasMessageContaining("there is no column people.email in the desired schema");
        assertThatThrownBy(() -> RenameResolution.resolve(given("users", "nope", "email"), List.of(), AFTER, AFTER))
                .hasMessageContaining("there is no column users.nope in the database");
        assertThatThrownBy(() -> RenameResolution.resolve(given(null, "people", "users"), List.of(),
                schema(BEFORE.tables().get(0), AFTER.tables().get(0)), AFTER)).hasMessageContaining("table users already exists");
    }

    @Test
    void declaredRenameIsSkippedOnceApplied() {
        List<RenameDirective> declared = List.of(new RenameDirective(null, "people", "users", "schema.sql:1"),
                new RenameDirective("users", "mail", "email", "schema.sql:2"));
        assertThat(RenameResolution.resolve(DiffOptions.DEFAULT, declared, BEFORE, AFTER).columnRenames())
                .containsEntry("users.mail", "email");
        DiffOptions again = RenameResolution.resolve(DiffOptions.DEFAULT, declared, AFTER, AFTER);
        assertThat(again.isEmpty()).isTrue();
    }

    @Test
    void declaredRenameToAnUnknownObjectFailsWithItsPlace() {
        List<RenameDirective> declared = List.of(new RenameDirective(null, "people", "persons", "schema.sql:7"));
        assertThatThrownBy(() -> RenameResolution.resolve(DiffOptions.DEFAULT, declared, BEFORE, AFTER))
                .hasMessage("cannot rename: schema.sql:7: syncdb:rename people -> persons: there is no table persons"
                        + " in the desired schema; nothing was changed");
    }
}
