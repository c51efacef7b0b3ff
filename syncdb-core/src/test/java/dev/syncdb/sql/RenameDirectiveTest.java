package dev.syncdb.sql;

import dev.syncdb.SyncdbException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code -- syncdb:rename} comments of schema files. */
class RenameDirectiveTest {

    @Test
    void readsTableAndColumnRenamesWithTheirPlace() {
        String sql = """
                -- syncdb:rename people -> users
                CREATE TABLE users (
                  id int,
                  email text -- syncdb:rename users.mail -> email
                );
                --syncdb:rename "Odd Table"."Mail" -> "E-Mail"
                """;
        List<RenameDirective> d = RenameDirective.read(List.of(new SqlScript("schema.sql", sql)));
        assertThat(d).containsExactly(new RenameDirective(null, "people", "users", "schema.sql:1"),
                new RenameDirective("users", "mail", "email", "schema.sql:4"),
                new RenameDirective("Odd Table", "Mail", "E-Mail", "schema.sql:6"));
        assertThat(d.get(0).isTable()).isTrue();
        assertThat(d.get(1).describe()).isEqualTo("syncdb:rename users.mail -> email");
    }

    @Test
    void otherCommentsAreIgnored() {
        assertThat(RenameDirective.read(List.of(new SqlScript("s.sql", "-- rename people -> users\nSELECT 1;")))).isEmpty();
    }

    @Test
    void malformedDirectiveNamesFileAndLine() {
        for (String bad : List.of("-- syncdb:rename people users", "-- syncdb:rename-table people", "-- syncdb:rename a.b.c -> d")) {
            assertThatThrownBy(() -> RenameDirective.read(List.of(new SqlScript("s.sql", "SELECT 1;\n" + bad))))
                    .isInstanceOf(SyncdbException.class).hasMessageStartingWith("s.sql:2: malformed rename comment")
                    .hasMessageContaining("-- syncdb:rename old_table -> new_table");
        }
    }
}
