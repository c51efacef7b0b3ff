package dev.syncdb.postgres;

import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.AddExclusion;
import dev.syncdb.diff.SchemaChange.AlterTableOptions;
import dev.syncdb.diff.SchemaChange.CreateSequence;
import dev.syncdb.diff.SchemaChange.CreateTable;
import dev.syncdb.diff.SchemaChange.DropExclusion;
import dev.syncdb.model.CheckConstraint;
import dev.syncdb.model.Column;
import dev.syncdb.model.ExclusionConstraint;
import dev.syncdb.model.Identity;
import dev.syncdb.model.PrimaryKey;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Sequence;
import dev.syncdb.model.Table;
import dev.syncdb.plan.HazardCode;
import dev.syncdb.plan.RenderContext;
import dev.syncdb.plan.Statement;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PostgreSQL text of partitioned tables, partitions, inheritance, exclusion constraints and identity-to-serial. */
class PgPartitionsRendererTest {
    private final PostgresRenderer renderer = new PostgresRenderer();
    private final RenderContext empty = new RenderContext(Schema.empty("public"), Schema.empty("public"));

    private List<String> sql(SchemaChange c, RenderContext ctx) {
        return renderer.render(c, ctx).stream().map(Statement::sql).toList();
    }

    private static Schema schema(Table... tables) {
        return new Schema("public", List.of(tables), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static Table partition(String name, String parent, String bound) {
        return Table.builder(name).parent(parent).option(PgPartitions.PARTITION_OF, parent)
                .option(PgPartitions.PARTITION_BOUND, bound).build();
    }

    @Test
    void partitionedTableHasItsKeyAfterTheColumns() {
        Table logs = Table.builder("logs").column("id", "bigint").column("created_at", "timestamp without time zone")
                .option(PgPartitions.PARTITION_BY, "RANGE (created_at)").build();
        assertThat(sql(new CreateTable(logs), empty).get(0))
                .isEqualTo("CREATE TABLE logs (\n    id bigint,\n    created_at timestamp without time zone\n) PARTITION BY RANGE (created_at)");
    }

    @Test
    void partitionIsCreatedAsPartitionOfItsParentWithOnlyItsOwnConstraints() {
        Table plain = partition("logs_2024", "logs", "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
        assertThat(sql(new CreateTable(plain), empty)).containsExactly(
                "CREATE TABLE logs_2024 PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
        Table sub = plain.toBuilder().check(new CheckConstraint("small", "((id < 10))"))
                .option(PgPartitions.PARTITION_BY, "HASH (id)").build();
        assertThat(sql(new CreateTable(sub), empty).get(0)).isEqualTo("CREATE TABLE logs_2024 PARTITION OF logs (\n"
                + "    CONSTRAINT small CHECK ((id < 10))\n) FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY HASH (id)");
        assertThat(sql(new CreateTable(partition("logs_rest", "logs", "DEFAULT")), empty))
                .containsExactly("CREATE TABLE logs_rest PARTITION OF logs DEFAULT");
    }

    @Test
    void inheritanceChildListsItsParents() {
        Table child = Table.builder("cars").column("doors", "integer").parent("vehicles").parent("things")
                .option(PgPartitions.INHERITS, "vehicles,things").build();
        assertThat(sql(new CreateTable(child), empty).get(0))
                .isEqualTo("CREATE TABLE cars (\n    doors integer\n) INHERITS (vehicles, things)");
    }

    @Test
    void boundChangeDetachesAndAttachesAgainWithDataHazards() {
        Map<String, String> from = Map.of(PgPartitions.PARTITION_OF, "m", PgPartitions.PARTITION_BOUND, "FOR VALUES IN (1)");
        Map<String, String> to = Map.of(PgPartitions.PARTITION_OF, "m", PgPartitions.PARTITION_BOUND, "FOR VALUES IN (1, 2)");
        AlterTableOptions change = new AlterTableOptions("m1", from, to);
        RenderContext ctx = new RenderContext(schema(partition("m1", "m", "FOR VALUES IN (1)")), empty.desired());
        assertThat(sql(change, ctx)).containsExactly("ALTER TABLE m DETACH PARTITION m1",
                "ALTER TABLE m ATTACH PARTITION m1 FOR VALUES IN (1, 2)");
        assertThat(renderer.hazards(change, ctx)).extracting(h -> h.code())
                .contains(HazardCode.ATTACH_PARTITION, HazardCode.LONG_LOCK).doesNotContain(HazardCode.DETACH_PARTITION);
        AlterTableOptions leave = new AlterTableOptions("m1", from, Map.of());
        assertThat(sql(leave, ctx)).containsExactly("ALTER TABLE m DETACH PARTITION m1");
        assertThat(renderer.hazards(leave, ctx)).extracting(h -> h.code()).containsExactly(HazardCode.DETACH_PARTITION);
    }

    @Test
    void inheritanceChangeIsNoInheritAndInherit() {
        AlterTableOptions change = new AlterTableOptions("c", Map.of(PgPartitions.INHERITS, "a,b"), Map.of(PgPartitions.INHERITS, "b,d"));
        assertThat(sql(change, empty)).containsExactly("ALTER TABLE c NO INHERIT a", "ALTER TABLE c INHERIT d");
    }

    @Test
    void partitionKeyChangeIsRefusedWithAReason() {
        AlterTableOptions change = new AlterTableOptions("t", Map.of(PgPartitions.PARTITION_BY, "RANGE (a)"),
                Map.of(PgPartitions.PARTITION_BY, "LIST (a)"));
        assertThatThrownBy(() -> sql(change, empty)).hasMessageContaining("cannot change how an existing table is partitioned");
    }

    @Test
    void boundsBecomeConditionsForThePreflight() {
        assertThat(PgPartitionBounds.inside("RANGE (created_at)", "FOR VALUES FROM ('2024-01-01') TO ('2024-02-01')", "logs"))
                .isEqualTo("(created_at) IS NOT NULL AND (created_at) >= '2024-01-01' AND (created_at) < '2024-02-01'");
        assertThat(PgPartitionBounds.inside("RANGE (a)", "FOR VALUES FROM (MINVALUE) TO (5)", "t"))
                .isEqualTo("(a) IS NOT NULL AND (a) < 5");
        assertThat(PgPartitionBounds.inside("LIST (lower(region))", "FOR VALUES IN ('de', NULL)", "t"))
                .isEqualTo("((lower(region)) IS NULL OR (lower(region)) IN ('de'))");
        assertThat(PgPartitionBounds.inside("HASH (user_id)", "FOR VALUES WITH (modulus 4, remainder 1)", "sessions"))
                .isEqualTo("satisfies_hash_partition('sessions'::regclass, 4, 1, user_id)");
        assertThat(PgPartitionBounds.inside("RANGE (a, b)", "FOR VALUES FROM (1, 2) TO (3, 4)", "t"))
                .isEqualTo("(a) IS NOT NULL AND (b) IS NOT NULL AND ROW((a), (b)) >= ROW(1, 2) AND ROW((a), (b)) < ROW(3, 4)");
        assertThat(PgPartitionBounds.inside("RANGE (name COLLATE \"C\")", "FOR VALUES FROM ('a') TO ('b')", "t")).isNull();
    }

    @Test
    void exclusionConstraintsAreAddedAndDroppedByName() {
        ExclusionConstraint x = new ExclusionConstraint("no_overlap", "EXCLUDE USING gist (room WITH =, during WITH &&)");
        assertThat(sql(new AddExclusion("bookings", x), empty))
                .containsExactly("ALTER TABLE bookings ADD CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&)");
        assertThat(sql(new DropExclusion("bookings", x), empty)).containsExactly("ALTER TABLE bookings DROP CONSTRAINT no_overlap");
        assertThat(renderer.hazards(new AddExclusion("bookings", x), empty)).isEmpty();
    }

    @Test
    void deferrablePrimaryKeyIsWrittenWithItsTiming() {
        assertThat(PgTableSql.primaryKey(new PrimaryKey("t_pkey", List.of("id"), true, true)))
                .isEqualTo("CONSTRAINT t_pkey PRIMARY KEY (id) DEFERRABLE INITIALLY DEFERRED");
    }

    @Test
    void identityBecomingSerialMovesTheIdentitySequenceAsideAndKeepsItsPosition() {
        Column identity = Column.of("id", "integer").withNullable(false);
        identity = new Column("id", identity.type(), false, null,
                new Identity(Identity.Generation.BY_DEFAULT, 1L, 1L, 1L, 2147483647L), null, null, null);
        Column serial = new Column("id", identity.type(), false, "nextval('tickets_id_seq'::regclass)", null, null, null, null);
        Sequence owned = new Sequence("tickets_id_seq", "integer", 1, 1, 1, 2147483647L, 1, false, "tickets", "id");
        Schema current = schema(Table.builder("tickets").column(identity).build());
        Schema desired = new Schema("public", List.of(Table.builder("tickets").column(serial).build()), List.of(),
                List.of(owned), List.of(), List.of(), List.of());
        Sequence bare = new Sequence("tickets_id_seq", "integer", 1, 1, 1, 2147483647L, 1, false, null, null);
        assertThat(sql(new CreateSequence(bare), new RenderContext(current, desired))).containsExactly(
                "ALTER SEQUENCE tickets_id_seq RENAME TO tickets_id_seq__identity_old",
                "CREATE SEQUENCE tickets_id_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE",
                "SELECT setval('tickets_id_seq'::regclass, pg_sequence_last_value(pg_get_serial_sequence('tickets', 'id')::regclass), true)"
                        + " WHERE pg_sequence_last_value(pg_get_serial_sequence('tickets', 'id')::regclass) IS NOT NULL");
        assertThat(sql(new CreateSequence(bare), empty)).hasSize(1);
    }
}
