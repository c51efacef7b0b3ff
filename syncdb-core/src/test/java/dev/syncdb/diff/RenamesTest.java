package dev.syncdb.diff;

import dev.syncdb.diff.SchemaChange.*;
import dev.syncdb.model.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Declared renames in the differ: what follows a renamed table or column, and what is still diffed after it. */
class RenamesTest {
    private final Differ differ = new Differ(new DiffHooks() {
    });

    private static Schema schema(List<Table> tables, List<Sequence> sequences, List<View> views) {
        return new Schema("public", tables, List.of(), sequences, views, List.of());
    }

    private static Sequence seq(String name, String table) {
        return new Sequence(name, "integer", 1, 1, 1, Integer.MAX_VALUE, 1, false, table, "id");
    }

    private static Table people(String name, String mailColumn, String mailType) {
        return Table.builder(name)
                .column(Column.of("id", "integer").withNullable(false).withDefault("nextval('" + name + "_id_seq'::regclass)"))
                .column(Column.of(mailColumn, mailType))
                .primaryKey(new PrimaryKey(name + "_pkey", List.of("id")))
                .unique(UniqueKey.of(name + "_" + mailColumn + "_key", List.of(mailColumn)))
                .index(new Index("mail_idx", false, null, List.of(IndexKey.column(mailColumn)), List.of(), null, false, null))
                .build();
    }

    private static Table orders(String parent) {
        return Table.builder("orders").column("id", "integer").column("person_id", "integer")
                .foreignKey(ForeignKey.of("orders_person_id_fkey", List.of("person_id"), parent, List.of("id"))).build();
    }

    @Test
    void renamedTableTakesItsKeysSequenceAndReferencesAlong() {
        View v = new View("v", "SELECT * FROM people", false, List.of("people"), null);
        View w = new View("v", "SELECT * FROM people", false, List.of("users"), null);
        Schema current = schema(List.of(people("people", "mail", "text"), orders("people")),
                List.of(seq("people_id_seq", "people")), List.of(v));
        Schema desired = schema(List.of(people("users", "mail", "text"), orders("users")),
                List.of(seq("users_id_seq", "users")), List.of(w));
        List<SchemaChange> changes = differ.diff(current, desired, DiffOptions.DEFAULT.withTableRename("people", "users"));
        assertThat(changes).containsExactly(new RenameTable("people", "users"),
                new RenameConstraint("users", "people_pkey", "users_pkey"),
                new RenameConstraint("users", "people_mail_key", "users_mail_key"),
                new RenameSequence("people_id_seq", "users_id_seq"));
        Schema renamed = RenamedSchema.of(current, changes);
        assertThat(renamed.table("orders").orElseThrow().foreignKeys().get(0).refTable()).isEqualTo("users");
        assertThat(renamed.views().get(0).dependsOn()).containsExactly("users");
        assertThat(renamed.table("users").orElseThrow().column("id").orElseThrow().defaultExpr())
                .isEqualTo("nextval('users_id_seq'::regclass)");
    }

    @Test
    void renamedColumnKeepsItsIndexAndItsTypeChangeIsStillPlanned() {
        Schema current = schema(List.of(people("users", "mail", "text")), List.of(), List.of());
        Schema desired = schema(List.of(people("users", "email", "varchar(200)")), List.of(), List.of());
        List<SchemaChange> changes = differ.diff(current, desired, DiffOptions.DEFAULT.withColumnRename("users", "mail", "email"));
        assertThat(changes).hasSize(3);
        assertThat(changes.get(0)).isEqualTo(new RenameColumn("users", "mail", "email"));
        assertThat(changes.get(1)).isEqualTo(new RenameConstraint("users", "users_mail_key", "users_email_key"));
        AlterColumn alter = (AlterColumn) changes.get(2);
        assertThat(alter.to().name()).isEqualTo("email");
        assertThat(alter.aspects()).containsExactly(ColumnAspect.TYPE);
    }

    @Test
    void columnRenameMayNameTheTableByItsOldName() {
        Schema current = schema(List.of(people("people", "mail", "text")), List.of(seq("people_id_seq", "people")), List.of());
        Schema desired = schema(List.of(people("users", "email", "text")), List.of(seq("users_id_seq", "users")), List.of());
        DiffOptions o = DiffOptions.DEFAULT.withTableRename("people", "users").withColumnRename("people", "mail", "email");
        List<SchemaChange> changes = differ.diff(current, desired, o);
        assertThat(changes).startsWith(new RenameTable("people", "users"), new RenameColumn("users", "mail", "email"));
        assertThat(changes).noneMatch(c -> c instanceof DropColumn || c instanceof AddColumn || c instanceof DropTable);
        assertThat(differ.diff(RenamedSchema.of(current, changes), desired)).isEmpty();
    }

    @Test
    void withoutDeclarationItStaysDropAndAdd() {
        Schema current = schema(List.of(people("users", "mail", "text")), List.of(), List.of());
        Schema desired = schema(List.of(people("users", "email", "text")), List.of(), List.of());
        List<SchemaChange> changes = differ.diff(current, desired);
        assertThat(changes).noneMatch(RenamedSchema::isRename);
        assertThat(changes).anyMatch(c -> c instanceof DropColumn).anyMatch(c -> c instanceof AddColumn);
    }
}
