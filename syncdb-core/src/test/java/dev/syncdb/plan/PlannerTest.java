package dev.syncdb.plan;

import dev.syncdb.diff.DiffHooks;
import dev.syncdb.diff.Differ;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.model.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlannerTest {
    /** Renders each change as its description, so tests read the order and reverse directly. */
    private static final Renderer ECHO = (change, ctx) -> List.of(Statement.of(change.describe()));

    private static Plan plan(Schema current, Schema desired, DiffHooks hooks) {
        List<SchemaChange> changes = new Differ(hooks).diff(current, desired);
        return new Planner(hooks, ECHO).plan(current, desired, changes);
    }

    private static Plan plan(Schema current, Schema desired) {
        return plan(current, desired, new DiffHooks() {
        });
    }

    private static Schema tables(Table... t) {
        return new Schema("public", List.of(t), List.of(), List.of(), List.of(), List.of());
    }

    private static List<String> sql(Plan p) {
        return p.statements().stream().map(Statement::sql).toList();
    }

    private static Table child(String name, String parent) {
        return Table.builder(name).column("id", "integer").column(parent + "_id", "integer")
                .foreignKey(ForeignKey.of(name + "_fk", List.of(parent + "_id"), parent, List.of("id"))).build();
    }

    @Test
    void referencedTablesAreCreatedFirst() {
        Table a = child("orders", "customers");
        Table b = Table.builder("customers").column("id", "integer").build();
        assertThat(sql(plan(Schema.empty("public"), tables(a, b))))
                .containsExactly("create table customers", "create table orders");
    }

    @Test
    void parentsAreCreatedBeforeAndDroppedAfterTheTablesDerivedFromThem() {
        Table sub = Table.builder("a_logs_2024_q1").parent("b_logs_2024").build();
        Table partition = Table.builder("b_logs_2024").parent("c_logs").build();
        Table parent = Table.builder("c_logs").column("id", "integer").build();
        assertThat(sql(plan(Schema.empty("public"), tables(sub, partition, parent))))
                .containsExactly("create table c_logs", "create table b_logs_2024", "create table a_logs_2024_q1");
        assertThat(sql(plan(tables(parent, partition, sub), Schema.empty("public"))))
                .containsExactly("drop table a_logs_2024_q1", "drop table b_logs_2024", "drop table c_logs");
    }

    @Test
    void aChangedExclusionConstraintIsDroppedAndAddedAgainWithItsHazard() {
        Table before = Table.builder("bookings").column("during", "tsrange")
                .exclusion(new ExclusionConstraint("no_overlap", "EXCLUDE USING gist (during WITH &&)")).build();
        Table after = Table.builder("bookings").column("during", "tsrange")
                .exclusion(new ExclusionConstraint("no_overlap", "EXCLUDE USING gist (during WITH &&) WHERE (x)")).build();
        Plan p = plan(tables(before), tables(after));
        assertThat(sql(p)).containsExactly("drop exclusion constraint bookings no_overlap",
                "add exclusion constraint bookings no_overlap");
        assertThat(p.steps().get(1).hazards()).extracting(Hazard::code).containsExactly(HazardCode.ADD_EXCLUSION);
        assertThat(plan(tables(after), tables(after)).isEmpty()).isTrue();
    }

    @Test
    void aPrimaryKeyThatBecomesDeferrableIsDroppedAndAddedAgain() {
        Table before = Table.builder("t").column("id", "integer").primaryKey(new PrimaryKey("t_pkey", List.of("id"))).build();
        Table after = Table.builder("t").column("id", "integer")
                .primaryKey(new PrimaryKey("t_pkey", List.of("id"), true, true)).build();
        assertThat(sql(plan(tables(before), tables(after))))
                .containsExactly("drop primary key t[id]", "add primary key t[id]");
    }

    @Test
    void foreignKeyCycleIsClosedAfterBothTablesExist() {
        Table a = child("a", "b");
        Table b = child("b", "a");
        List<String> out = sql(plan(Schema.empty("public"), tables(a, b)));
        assertThat(out).hasSize(3);
        assertThat(out.get(0)).startsWith("create table");
        assertThat(out.get(1)).startsWith("create table");
        assertThat(out.get(2)).startsWith("add foreign key");
    }

    @Test
    void droppedTablesGoReferencingFirstAndHazardsSayDataLoss() {
        Table parent = Table.builder("customers").column("id", "integer").build();
        Table kid = child("orders", "customers");
        Plan p = plan(tables(kid, parent), Schema.empty("public"));
        assertThat(sql(p)).containsExactly("drop table orders", "drop table customers");
        assertThat(p.destructiveSteps()).hasSize(2);
        assertThat(p.steps().get(0).hazards()).extracting(Hazard::code).containsExactly(HazardCode.DROP_TABLE);
        assertThat(p.steps().get(0).reverse()).extracting(Statement::sql).containsExactly("create table orders");
    }

    @Test
    void viewOverAChangedColumnIsDroppedAndRecreated() {
        Table t1 = Table.builder("t").column("a", "integer").build();
        Table t2 = Table.builder("t").column(new Column("a", new DataType("bigint", "bigint", null, null, null, false),
                true, null, null, null, null, null)).build();
        View v = new View("v", "SELECT a FROM t", false, List.of("t"), null);
        View vv = new View("vv", "SELECT a FROM v", false, List.of("v"), null);
        Schema cur = new Schema("public", List.of(t1), List.of(), List.of(), List.of(vv, v), List.of());
        Schema want = new Schema("public", List.of(t2), List.of(), List.of(), List.of(vv, v), List.of());
        assertThat(sql(plan(cur, want))).containsExactly("drop view vv", "drop view v",
                "alter column t.a [TYPE]", "create view v", "create view vv");
    }

    @Test
    void keysReferencingAChangedPrimaryKeyAreDroppedAndReAdded() {
        Table parent = Table.builder("p").column(Column.of("id", "integer").withNullable(false)).primaryKey("id").build();
        Table parent2 = Table.builder("p").column(new Column("id", new DataType("bigint", "bigint", null, null, null, false),
                false, null, null, null, null, null)).primaryKey("id").build();
        Table kid = child("c", "p");
        List<String> out = sql(plan(tables(parent, kid), tables(parent2, kid)));
        assertThat(out).containsExactly("drop foreign key c[p_id] -> p", "alter column p.id [TYPE]",
                "add foreign key c[p_id] -> p");
    }

    @Test
    void newColumnsOnNewTablesCarryNoDataHazards() {
        Table t = Table.builder("t").column(Column.of("a", "integer").withNullable(false)).build();
        Plan p = plan(Schema.empty("public"), tables(t));
        assertThat(p.steps()).allMatch(s -> s.hazards().isEmpty());
        Table before = Table.builder("t").column("b", "integer").build();
        Table after = before.toBuilder().column(Column.of("a", "integer").withNullable(false)).build();
        assertThat(plan(tables(before), tables(after)).steps().get(0).hazards())
                .extracting(Hazard::code).containsExactly(HazardCode.ADD_NOT_NULL);
    }

    @Test
    void narrowingIsDestructiveWideningIsNot() {
        DataType v100 = new DataType("character varying(100)", "character varying", 100, null, null, false);
        DataType v20 = new DataType("character varying(20)", "character varying", 20, null, null, false);
        Table a = Table.builder("t").column(new Column("s", v100, true, null, null, null, null, null)).build();
        Table b = Table.builder("t").column(new Column("s", v20, true, null, null, null, null, null)).build();
        assertThat(plan(tables(a), tables(b)).destructiveSteps()).hasSize(1);
        assertThat(plan(tables(b), tables(a)).destructiveSteps()).isEmpty();
    }

    @Test
    void changesADialectCannotMakeInPlaceBecomeOneRebuild() {
        DiffHooks rebuildAll = new DiffHooks() {
            @Override
            public boolean canAlterInPlace(SchemaChange change, Table current) {
                return change instanceof SchemaChange.AddColumn;
            }
        };
        Table a = Table.builder("t").column("x", "integer").build();
        Table b = Table.builder("t").column(Column.of("x", "integer").withNullable(false)).column("y", "text")
                .check(new CheckConstraint("t_x", "x > 0")).build();
        Plan p = plan(tables(a), tables(b), rebuildAll);
        assertThat(sql(p)).containsExactly("rebuild table t");
        assertThat(p.steps().get(0).hazards()).extracting(Hazard::code)
                .contains(HazardCode.TABLE_REWRITE, HazardCode.ADD_NOT_NULL, HazardCode.ADD_CHECK);
    }

    @Test
    void ownedSequenceIsCreatedBeforeAndOwnedAfterItsTable() {
        Sequence seq = new Sequence("t_id_seq", "integer", 1, 1, 1, Integer.MAX_VALUE, 1, false, "t", "id");
        Table t = Table.builder("t").column(Column.of("id", "integer").withDefault("nextval('t_id_seq'::regclass)")).build();
        Schema want = new Schema("public", List.of(t), List.of(), List.of(seq), List.of(), List.of());
        assertThat(sql(plan(Schema.empty("public"), want)))
                .containsExactly("create sequence t_id_seq", "create table t", "alter sequence t_id_seq");
    }

    @Test
    void renamedTableIsRebuiltUnderItsNewName() {
        DiffHooks rebuildAll = new DiffHooks() {
            @Override
            public boolean canAlterInPlace(SchemaChange change, Table current) {
                return false;
            }
        };
        Table old = Table.builder("people").column("id", "integer").build();
        Table renamed = Table.builder("users").column(Column.of("id", "integer").withNullable(false)).build();
        List<SchemaChange> changes = new Differ(rebuildAll).diff(tables(old), tables(renamed),
                new dev.syncdb.diff.DiffOptions(java.util.Map.of("people", "users"), java.util.Map.of()));
        Plan p = new Planner(rebuildAll, ECHO).plan(tables(old), tables(renamed), changes);
        assertThat(sql(p)).containsExactly("rename table people to users", "rebuild table users");
        SchemaChange.RebuildTable r = (SchemaChange.RebuildTable) p.steps().get(1).change();
        assertThat(r.current().name()).isEqualTo("users");
        assertThat(r.current().column("id").orElseThrow().nullable()).isTrue();
    }

    @Test
    void foreignKeyOfADroppedTableGoesBeforeTheKeyItReferences() {
        Table users = Table.builder("users").column(Column.of("id", "integer").withNullable(false)).primaryKey("id").build();
        Table usersNoPk = Table.builder("users").column(Column.of("id", "integer").withNullable(false)).build();
        Table taggings = child("taggings", "users");
        List<String> out = sql(plan(tables(users, taggings), tables(usersNoPk)));
        assertThat(out).containsExactly("drop foreign key taggings[users_id] -> users", "drop primary key users[id]",
                "drop table taggings");
    }

    @Test
    void newTableReferencingAColumnAddedLaterGetsItsKeyAfterTheColumn() {
        Table before = Table.builder("users").column(Column.of("user_id", "integer").withNullable(false))
                .primaryKey("user_id").build();
        Table after = Table.builder("users").column(Column.of("id", "integer").withNullable(false)).primaryKey("id").build();
        Table taggings = child("taggings", "users");
        List<String> out = sql(plan(tables(before), tables(after, taggings)));
        assertThat(out.indexOf("add column users.id")).isLessThan(out.indexOf("add foreign key taggings[users_id] -> users"));
        assertThat(out.indexOf("create table taggings")).isLessThan(out.indexOf("add foreign key taggings[users_id] -> users"));
    }
}
