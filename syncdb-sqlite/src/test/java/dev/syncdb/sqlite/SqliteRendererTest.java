package dev.syncdb.sqlite;

import dev.syncdb.diff.SchemaChange.*;
import dev.syncdb.model.Column;
import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.Identity;
import dev.syncdb.model.Index;
import dev.syncdb.model.IndexKey;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;
import dev.syncdb.model.Generated;
import dev.syncdb.plan.RenderContext;
import dev.syncdb.plan.Statement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqliteRendererTest {
    private final SqliteRenderer renderer = new SqliteRenderer();
    private final SqliteDiffHooks hooks = new SqliteDiffHooks();

    private static Table users(boolean renamed) {
        return Table.builder("users")
                .column(Column.of("id", "INTEGER").withIdentity(Identity.of(Identity.Generation.AUTOINCREMENT)))
                .column(Column.of(renamed ? "full_name" : "name", "TEXT").withNullable(false).withDefault("''"))
                .column(Column.of("team_id", "INT"))
                .primaryKey(new dev.syncdb.model.PrimaryKey(null, List.of("id")))
                .foreignKey(ForeignKey.of("users_team_fk", List.of("team_id"), "teams", List.of("id")))
                .index(new Index("users_name_idx", false, null, List.of(IndexKey.column(renamed ? "full_name" : "name")),
                        List.of(), null, false, null))
                .build();
    }

    private static RenderContext ctx(Table cur, Table want) {
        List<dev.syncdb.model.SchemaObject> triggers = List.of(SqliteTriggers.of("t1", "users", false,
                "CREATE TRIGGER t1 AFTER DELETE ON users BEGIN SELECT 1; END"));
        Schema a = new Schema("main", List.of(cur), List.of(), List.of(), List.of(), triggers, List.of());
        Schema b = new Schema("main", List.of(want), List.of(), List.of(), List.of(), triggers, List.of());
        return new RenderContext(a, b);
    }

    @Test
    void createTableKeepsEveryConstraintInline() {
        Table t = users(false);
        List<String> sql = renderer.render(new CreateTable(t), ctx(t, t)).stream().map(Statement::sql).toList();
        assertThat(sql.get(0)).isEqualTo("""
                CREATE TABLE "users" (
                  "id" INTEGER PRIMARY KEY AUTOINCREMENT,
                  "name" TEXT NOT NULL DEFAULT '',
                  "team_id" INT,
                  CONSTRAINT "users_team_fk" FOREIGN KEY ("team_id") REFERENCES "teams" ("id")
                )""");
        assertThat(sql.get(1)).isEqualTo("CREATE INDEX \"users_name_idx\" ON \"users\" (\"name\")");
    }

    @Test
    void rebuildCopiesRenamedColumnsAndRecreatesIndexesAndTriggers() {
        Table cur = users(false);
        Table want = users(true).toBuilder().build();
        var rebuild = new RebuildTable(cur, want, List.of(new RenameColumn("users", "name", "full_name")));
        List<String> sql = renderer.render(rebuild, ctx(cur, want)).stream().map(Statement::sql).toList();
        assertThat(sql.get(0)).startsWith("CREATE TABLE \"new_users\" (");
        assertThat(sql.get(1)).isEqualTo("INSERT INTO \"new_users\" (\"id\", \"full_name\", \"team_id\")\n"
                + "  SELECT \"id\", \"name\", \"team_id\" FROM \"users\"");
        assertThat(sql).containsSubsequence("DROP TABLE \"users\"", "PRAGMA legacy_alter_table = ON",
                "ALTER TABLE \"new_users\" RENAME TO \"users\"", "PRAGMA legacy_alter_table = OFF",
                "CREATE INDEX \"users_name_idx\" ON \"users\" (\"full_name\")",
                "CREATE TRIGGER t1 AFTER DELETE ON users BEGIN SELECT 1 ; END");
        assertThat(sql).noneMatch(s -> s.contains("CAST"));
    }

    @Test
    void inPlaceOnlyWhatAlterTableCanDo() {
        Table t = users(false);
        assertThat(hooks.canAlterInPlace(new AddColumn("users", Column.of("x", "TEXT")), t)).isTrue();
        assertThat(hooks.canAlterInPlace(new AddColumn("users", Column.of("x", "TEXT").withDefault("'a'")), t)).isTrue();
        assertThat(hooks.canAlterInPlace(new AddColumn("users", Column.of("x", "TEXT").withNullable(false)), t)).isFalse();
        assertThat(hooks.canAlterInPlace(new AddColumn("users", Column.of("x", "TEXT").withDefault("CURRENT_TIMESTAMP")), t)).isFalse();
        assertThat(hooks.canAlterInPlace(new AddColumn("users", Column.of("x", "INT").withDefault("1+2")), t)).isFalse();
        assertThat(hooks.canAlterInPlace(new AddColumn("users", Column.of("x", "INT").withGenerated(new Generated("id * 2", true))), t)).isFalse();
        assertThat(hooks.canAlterInPlace(new AddColumn("users", Column.of("x", "INT").withGenerated(new Generated("id * 2", false))), t)).isTrue();
        assertThat(hooks.canAlterInPlace(new DropColumn("users", t.column("name").orElseThrow()), t)).isFalse();
        assertThat(hooks.canAlterInPlace(new DropColumn("users", t.column("team_id").orElseThrow()), t)).isFalse();
        Table plain = Table.builder("p").column("a", "INT").column("b", "INT").build();
        assertThat(hooks.canAlterInPlace(new DropColumn("p", plain.column("b").orElseThrow()), plain)).isTrue();
        assertThat(hooks.canAlterInPlace(new RenameColumn("p", "a", "c"), plain)).isTrue();
        assertThat(hooks.canAlterInPlace(new AddCheck("p", new dev.syncdb.model.CheckConstraint(null, "a > 0")), plain)).isFalse();
        assertThat(hooks.canAlterInPlace(new AlterTableOptions("p", java.util.Map.of(), java.util.Map.of("strict", "true")), plain)).isFalse();
    }

    @Test
    void typesCompareAsDeclaredIgnoringCase() {
        assertThat(hooks.sameType(Column.of("a", "varchar(20)"), Column.of("a", "VARCHAR( 20 )"))).isTrue();
        assertThat(hooks.sameType(Column.of("a", "INT"), Column.of("a", "INTEGER"))).isFalse();
    }

    @Test
    void changesThatCannotHappenInPlaceAreRefused() {
        Table t = users(false);
        assertThatThrownBy(() -> renderer.render(new AddCheck("users", new dev.syncdb.model.CheckConstraint(null, "1")), ctx(t, t)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(renderer.render(new SetComment(ObjectKind.TABLE, "users", null, null, "x"), ctx(t, t))).isEmpty();
    }
}
