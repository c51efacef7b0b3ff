package dev.syncdb.postgres;

import dev.syncdb.SyncdbException;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.backup.Backup;
import dev.syncdb.engine.backup.BackupUseCase;
import dev.syncdb.engine.backup.RestoreUseCase;
import dev.syncdb.dialect.BackupResult;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.plan.HazardCode;
import dev.syncdb.plan.PreflightReport;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Partitions and sequences where the stored rows decide: a changed bound keeps the partition's rows
 * (DETACH + ATTACH), a plain table becomes a partition by ATTACH with its rows, rows outside a new
 * bound or in the DEFAULT partition are found before apply,
 * and an identity column that becomes serial keeps its position.
 */
class PostgresPartitionsDataTest {
    private static final String LOGS = """
            CREATE TABLE logs (id bigint NOT NULL, created_at date NOT NULL) PARTITION BY RANGE (created_at);
            CREATE TABLE logs_q1 PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO (%s);
            """;
    private final PgServer server = PgServers.embedded();
    private String db;

    @TempDir
    Path tmp;

    @BeforeEach
    void createDatabase() {
        db = server.freshDatabase();
    }

    @AfterEach
    void dropDatabase() {
        server.dropDatabase(db);
    }

    @Test
    void aWiderBoundDetachesAndAttachesThePartitionWithItsRows() throws Exception {
        PgSync.runSql(server, db, LOGS.formatted("'2024-03-01'")
                + "INSERT INTO logs VALUES (1, '2024-01-10'), (2, '2024-02-20');");
        Path file = PgSync.write(tmp, "schema.sql", LOGS.formatted("'2024-04-01'"));
        PlanResult plan = new PlanUseCase().run(PgSync.request(server, db, file));
        assertThat(plan.plan().statements()).extracting(s -> s.sql()).containsExactly(
                "ALTER TABLE logs DETACH PARTITION logs_q1",
                "ALTER TABLE logs ATTACH PARTITION logs_q1 FOR VALUES FROM ('2024-01-01') TO ('2024-04-01')");
        assertThat(plan.plan().steps().get(0).hazards()).extracting(h -> h.code()).contains(HazardCode.ATTACH_PARTITION);
        assertThat(plan.plan().steps().get(0).destructive()).isFalse();
        PreflightReport report = plan.preflight(0).orElseThrow();
        assertThat(report.blocked()).isFalse();

        new ApplyUseCase().run(PgSync.request(server, db, file), ApplyOptions.auto(false));
        assertEquals(List.of(List.of("1", "logs_q1"), List.of("2", "logs_q1")),
                PgRows.query(server, db, "SELECT id, tableoid::regclass::text FROM logs ORDER BY id"));
        assertThat(new PlanUseCase().run(PgSync.request(server, db, file)).plan().isEmpty()).isTrue();
    }

    @Test
    void rowsOutsideANarrowerBoundAreFoundBeforeApplyAndNothingChanges() throws Exception {
        PgSync.runSql(server, db, LOGS.formatted("'2024-04-01'")
                + "INSERT INTO logs VALUES (1, '2024-01-10'), (2, '2024-03-20'), (3, '2024-03-21');");
        Path file = PgSync.write(tmp, "schema.sql", LOGS.formatted("'2024-03-01'"));
        PlanResult plan = new PlanUseCase().run(PgSync.request(server, db, file));
        PreflightReport report = plan.preflight(0).orElseThrow();
        assertThat(report.blocked()).isTrue();
        assertThat(report.blocking()).singleElement().satisfies(f -> assertThat(f.count()).isEqualTo(2));

        SyncdbException e = assertThrows(SyncdbException.class,
                () -> new ApplyUseCase().run(PgSync.request(server, db, file), ApplyOptions.auto(true)));
        assertEquals(SyncdbException.REFUSED, e.exitCode(), e.getMessage());
        assertEquals(List.of(List.of("FOR VALUES FROM ('2024-01-01') TO ('2024-04-01')")), PgRows.query(server, db,
                "SELECT pg_get_expr(relpartbound, oid) FROM pg_class WHERE relname = 'logs_q1'"));
        assertThat(PgRows.count(server, db, "logs_q1")).isEqualTo(3);
    }

    @Test
    void aPlainTableBecomesAPartitionWithItsRowsByAttachPartition() throws Exception {
        PgSync.runSql(server, db, LOGS.formatted("'2024-04-01'") + """
                CREATE TABLE logs_q2 (id bigint NOT NULL, created_at date NOT NULL);
                INSERT INTO logs_q2 VALUES (1, '2024-04-10'), (2, '2024-06-30');
                """);
        Path file = PgSync.write(tmp, "schema.sql", LOGS.formatted("'2024-04-01'")
                + "CREATE TABLE logs_q2 PARTITION OF logs FOR VALUES FROM ('2024-04-01') TO ('2024-07-01');");
        PlanResult plan = new PlanUseCase().run(PgSync.request(server, db, file));
        assertThat(plan.plan().statements()).extracting(s -> s.sql()).as("its columns are merged, not dropped")
                .containsExactly("ALTER TABLE logs ATTACH PARTITION logs_q2 FOR VALUES FROM ('2024-04-01') TO ('2024-07-01')");
        assertThat(plan.plan().steps().get(0).hazards()).extracting(h -> h.code()).contains(HazardCode.ATTACH_PARTITION);
        assertThat(plan.plan().steps().get(0).destructive()).isFalse();
        assertThat(plan.preflight(0).orElseThrow().blocked()).isFalse();

        new ApplyUseCase().run(PgSync.request(server, db, file), ApplyOptions.auto(false));
        assertEquals(List.of(List.of("1", "logs_q2"), List.of("2", "logs_q2")),
                PgRows.query(server, db, "SELECT id, tableoid::regclass::text FROM logs ORDER BY id"));
        assertThat(new PlanUseCase().run(PgSync.request(server, db, file)).plan().isEmpty()).isTrue();
    }

    @Test
    void aPlainTableWithRowsOutsideTheBoundIsNotAttached() throws Exception {
        PgSync.runSql(server, db, LOGS.formatted("'2024-04-01'") + """
                CREATE TABLE logs_q2 (id bigint NOT NULL, created_at date NOT NULL);
                INSERT INTO logs_q2 VALUES (1, '2024-04-10'), (2, '2024-08-01'), (3, '2023-12-31');
                """);
        Path file = PgSync.write(tmp, "schema.sql", LOGS.formatted("'2024-04-01'")
                + "CREATE TABLE logs_q2 PARTITION OF logs FOR VALUES FROM ('2024-04-01') TO ('2024-07-01');");
        PlanResult plan = new PlanUseCase().run(PgSync.request(server, db, file));
        PreflightReport report = plan.preflight(0).orElseThrow();
        assertThat(report.blocking()).singleElement().satisfies(f -> assertThat(f.count()).isEqualTo(2));

        SyncdbException e = assertThrows(SyncdbException.class,
                () -> new ApplyUseCase().run(PgSync.request(server, db, file), ApplyOptions.auto(true)));
        assertEquals(SyncdbException.REFUSED, e.exitCode(), e.getMessage());
        assertEquals(List.of(List.of("false")), PgRows.query(server, db,
                "SELECT relispartition::text FROM pg_class WHERE relname = 'logs_q2'"));
        assertThat(PgRows.count(server, db, "logs_q2")).isEqualTo(3);
    }

    @Test
    void aNewPartitionWhoseRowsSitInTheDefaultPartitionIsFoundBeforeApply() throws Exception {
        PgSync.runSql(server, db, LOGS.formatted("'2024-04-01'") + """
                CREATE TABLE logs_rest PARTITION OF logs DEFAULT;
                INSERT INTO logs VALUES (1, '2024-01-10'), (2, '2024-05-02'), (3, '2025-01-01');
                """);
        Path file = PgSync.write(tmp, "schema.sql", LOGS.formatted("'2024-04-01'") + """
                CREATE TABLE logs_rest PARTITION OF logs DEFAULT;
                CREATE TABLE logs_q2 PARTITION OF logs FOR VALUES FROM ('2024-04-01') TO ('2024-07-01');
                """);
        PlanResult plan = new PlanUseCase().run(PgSync.request(server, db, file));
        assertThat(plan.plan().statements()).extracting(s -> s.sql()).containsExactly(
                "CREATE TABLE logs_q2 PARTITION OF logs FOR VALUES FROM ('2024-04-01') TO ('2024-07-01')");
        PreflightReport report = plan.preflight(0).orElseThrow();
        assertThat(report.blocking()).singleElement().satisfies(f -> assertThat(f.count()).isEqualTo(1));
        assertThrows(SyncdbException.class,
                () -> new ApplyUseCase().run(PgSync.request(server, db, file), ApplyOptions.auto(true)));
        assertThat(PgRows.count(server, db, "logs_rest")).isEqualTo(2);
    }

    @Test
    void theBuiltInBackupKeepsTheRowsOfPartitionsAndInheritanceChildren() throws Exception {
        PgSync.runSql(server, db, LOGS.formatted("'2024-04-01'") + """
                CREATE TABLE logs_rest PARTITION OF logs DEFAULT;
                CREATE TABLE base (id int PRIMARY KEY, name text);
                CREATE TABLE derived (extra text) INHERITS (base);
                INSERT INTO logs VALUES (1, '2024-01-10'), (2, '2025-01-01');
                INSERT INTO base VALUES (1, 'b');
                INSERT INTO derived VALUES (2, 'd', 'x');
                """);
        DatabaseUrl url = DatabaseUrl.parse(server.url(db));
        BackupResult backup = new BackupUseCase().run(url, null, Backup.into(tmp, null));
        if (backup.method().equals("built-in dump")) {
            assertThat(backup.rowCounts()).containsEntry("logs_q1", 1L).containsEntry("logs_rest", 1L)
                    .containsEntry("derived", 1L).doesNotContainKey("logs");
        }
        PgSync.runSql(server, db, "DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
        new RestoreUseCase().run(url, null, backup.file(), s -> false);
        assertEquals(List.of(List.of("1", "logs_q1"), List.of("2", "logs_rest")),
                PgRows.query(server, db, "SELECT id, tableoid::regclass::text FROM logs ORDER BY id"));
        assertEquals(List.of(List.of("1", "b", "base"), List.of("2", "d", "derived")),
                PgRows.query(server, db, "SELECT id, name, tableoid::regclass::text FROM base ORDER BY id"));
        assertEquals(List.of(List.of("x")), PgRows.query(server, db, "SELECT extra FROM derived"));
    }

    @Test
    void anIdentityColumnThatBecomesSerialKeepsItsPosition() throws Exception {
        PgSync.runSql(server, db, """
                CREATE TABLE tickets (id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, title text);
                INSERT INTO tickets (title) VALUES ('a'), ('b'), ('c');
                DELETE FROM tickets WHERE id = 3;
                """);
        Path file = PgSync.write(tmp, "schema.sql", "CREATE TABLE tickets (id serial PRIMARY KEY, title text);");
        new ApplyUseCase().run(PgSync.request(server, db, file), ApplyOptions.auto(false));
        PgSync.runSql(server, db, "INSERT INTO tickets (title) VALUES ('d')");
        assertEquals(List.of(List.of("1"), List.of("2"), List.of("4")),
                PgRows.query(server, db, "SELECT id FROM tickets ORDER BY id"));
        assertEquals(List.of(List.of("nextval('tickets_id_seq'::regclass)")), PgRows.query(server, db,
                "SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef WHERE adrelid = 'tickets'::regclass"));
        assertThat(new PlanUseCase().run(PgSync.request(server, db, file)).plan().isEmpty()).isTrue();
    }
}
