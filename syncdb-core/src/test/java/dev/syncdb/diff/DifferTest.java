package dev.syncdb.diff;

import dev.syncdb.diff.SchemaChange.*;
import dev.syncdb.model.*;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DifferTest {
    private final Differ differ = new Differ(new DiffHooks() {
    });

    private static Schema schema(Table... tables) {
        return new Schema("public", List.of(tables), List.of(), List.of(), List.of(), List.of());
    }

    private static Table users(Column... extra) {
        TableBuilder b = Table.builder("users").column(Column.of("id", "integer").withNullable(false))
                .primaryKey("id");
        for (Column c : extra) {
            b.column(c);
        }
        return b.build();
    }

    @Test
    void identicalSchemasHaveNoChanges() {
        assertThat(differ.diff(schema(users()), schema(users()))).isEmpty();
    }

    @Test
    void newAndRemovedTables() {
        Table orders = Table.builder("orders").column("id", "integer").build();
        List<SchemaChange> changes = differ.diff(schema(users()), schema(orders));
        assertThat(changes).containsExactlyInAnyOrder(new DropTable(users()), new CreateTable(orders));
    }

    @Test
    void columnAddedDroppedAndAltered() {
        Column email = Column.of("email", "character varying(100)");
        Column wide = email.withType(new DataType("character varying(255)", "character varying", 255, null, null, false))
                .withNullable(false).withDefault("''::character varying");
        List<SchemaChange> changes = differ.diff(schema(users(email, Column.of("age", "integer"))),
                schema(users(wide, Column.of("name", "text"))));
        assertThat(changes).hasSize(3);
        assertThat(changes).contains(new DropColumn("users", Column.of("age", "integer")),
                new AddColumn("users", Column.of("name", "text")));
        AlterColumn alter = (AlterColumn) changes.stream().filter(c -> c instanceof AlterColumn).findFirst().orElseThrow();
        assertThat(alter.aspects()).containsExactlyInAnyOrder(ColumnAspect.TYPE, ColumnAspect.NULLABLE, ColumnAspect.DEFAULT);
    }

    @Test
    void aTableJoiningAParentMergesWhatItTakesOverAndOneLeavingKeepsIt() {
        Differ partitions = new Differ(new DiffHooks() {
            @Override
            public boolean takesOverParentParts(Table t) {
                return !t.parents().isEmpty();
            }
        });
        Index byAt = new Index("events_at", false, null, List.of(IndexKey.column("at")), List.of(), null, false, null);
        Index sameShape = new Index("events_old_at_idx", false, null, List.of(IndexKey.column("at")), List.of(), null, false, null);
        Table parent = Table.builder("events").column("id", "bigint").column("at", "date").primaryKey("id", "at")
                .index(byAt).build();
        Table plain = Table.builder("events_old").column("id", "bigint").column("at", "date").column("note", "text")
                .column("extra", "text").primaryKey("id", "at").index(sameShape).build();
        Table derived = Table.builder("events_old").column("note", "text").parent("events").build();
        assertThat(partitions.diff(schema(parent, plain), schema(parent, derived)))
                .as("joins events: columns, key and index are merged").containsExactly(
                        new DropColumn("events_old", Column.of("extra", "text")));
        assertThat(partitions.diff(schema(parent, derived), schema(parent, plain))).as("leaves events: they stay")
                .containsExactly(new AddColumn("events_old", Column.of("extra", "text")));
        assertThat(differ.diff(schema(parent, plain), schema(parent, derived)))
                .as("a dialect whose derived tables take over nothing but what they list").contains(
                        new DropColumn("events_old", Column.of("id", "bigint")),
                        new DropPrimaryKey("events_old", plain.primaryKey()));
    }

    @Test
    void aTableJoiningAnInheritanceParentMergesColumnsAndChecksButKeepsItsKeys() {
        Differ inheritance = new Differ(new DiffHooks() {
            @Override
            public boolean takesOverParentColumns(Table t) {
                return !t.parents().isEmpty();
            }
        });
        CheckConstraint positive = new CheckConstraint("vehicles_wheels", "((wheels >= 0))");
        Table parent = Table.builder("vehicles").column("id", "bigint").column("wheels", "integer").check(positive).build();
        Table plain = Table.builder("cars").column("id", "bigint").column("wheels", "integer").column("doors", "integer")
                .check(positive).primaryKey(new PrimaryKey("cars_pkey", List.of("id"))).build();
        Table child = Table.builder("cars").column("doors", "integer").primaryKey(new PrimaryKey("cars_pkey", List.of("id")))
                .parent("vehicles").build();
        assertThat(inheritance.diff(schema(parent, plain), schema(parent, child))).as("joins: nothing dropped").isEmpty();
        assertThat(inheritance.diff(schema(parent, child), schema(parent, plain))).as("leaves: nothing added").isEmpty();
        Table keyless = child.toBuilder().primaryKey((PrimaryKey) null).build();
        assertThat(inheritance.diff(schema(parent, plain), schema(parent, keyless))).as("its own key is compared")
                .containsExactly(new DropPrimaryKey("cars", plain.primaryKey()));
    }

    @Test
    void primaryKeyComparedByColumns() {
        Table a = users();
        Table b = a.toBuilder().primaryKey(new PrimaryKey(null, List.of("id"))).build();
        assertThat(differ.diff(schema(a), schema(b))).isEmpty();
        Table c = a.toBuilder().column("tenant", "integer").primaryKey(new PrimaryKey("users_pkey", List.of("tenant", "id"))).build();
        List<SchemaChange> changes = differ.diff(schema(a), schema(c));
        assertThat(changes).extracting(Object::getClass).contains(DropPrimaryKey.class, AddPrimaryKey.class, AddColumn.class);
    }

    @Test
    void changedIndexIsDroppedAndCreated() {
        Index one = new Index("ix", false, null, List.of(IndexKey.column("id")), List.of(), null, false, null);
        Index two = new Index("ix", true, null, List.of(IndexKey.column("id")), List.of(), null, false, null);
        List<SchemaChange> changes = differ.diff(schema(users().toBuilder().index(one).build()),
                schema(users().toBuilder().index(two).build()));
        assertThat(changes).containsExactly(new DropIndex("users", one), new AddIndex("users", two));
    }

    @Test
    void foreignKeyCheckAndCommentChanges() {
        ForeignKey fk = ForeignKey.of("users_parent_fk", List.of("id"), "users", List.of("id"));
        CheckConstraint ck = new CheckConstraint("users_id_check", "((id > 0))");
        Table with = users().toBuilder().foreignKey(fk).check(ck).comment("people").build();
        List<SchemaChange> changes = differ.diff(schema(users()), schema(with));
        assertThat(changes).containsExactlyInAnyOrder(new AddForeignKey("users", fk), new AddCheck("users", ck),
                new SetComment(SchemaChange.ObjectKind.TABLE, "users", null, null, "people"));
    }

    @Test
    void enumLabelsAndViews() {
        EnumType before = new EnumType("mood", List.of("sad", "ok"), null);
        EnumType after = new EnumType("mood", List.of("sad", "ok", "happy"), null);
        View v1 = new View("v", "SELECT 1", false, List.of(), null);
        View v2 = new View("v", "SELECT 2", false, List.of(), null);
        Schema a = new Schema("public", List.of(), List.of(before), List.of(), List.of(v1), List.of());
        Schema b = new Schema("public", List.of(), List.of(after), List.of(), List.of(v2), List.of());
        List<SchemaChange> changes = differ.diff(a, b);
        assertThat(changes).containsExactly(new AlterEnum(before, after), new DropView(v1), new CreateView(v2));
        assertThat(new AlterEnum(before, after).onlyAdds()).isTrue();
        assertThat(new AlterEnum(after, before).onlyAdds()).isFalse();
    }

    @Test
    void declaredRenamesReplaceDropAndAdd() {
        Table old = Table.builder("people").column("id", "integer").column("nm", "text").build();
        Table renamed = Table.builder("users").column("id", "integer").column("name", "text").build();
        DiffOptions opts = new DiffOptions(Map.of("people", "users"), Map.of("users.nm", "name"));
        List<SchemaChange> changes = differ.diff(schema(old), schema(renamed), opts);
        assertThat(changes).containsExactly(new RenameTable("people", "users"), new RenameColumn("users", "nm", "name"));
    }
}
