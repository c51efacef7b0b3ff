package dev.syncdb.postgres;

import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.PlanUseCase;
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

/**
 * Inheritance on existing tables with rows: a plain table that the desired state creates with
 * INHERITS joins its parent by INHERIT (its columns and checks of the parent's shape merge, they are
 * not dropped), a child the desired state declares plain leaves by NO INHERIT (it keeps them), and
 * both converge: the database inspected again matches the desired state and a second run plans nothing.
 */
class PostgresInheritanceDataTest {
    private static final String PARENT = """
            CREATE TABLE vehicles (id bigint NOT NULL, wheels int, CONSTRAINT vehicles_wheels CHECK (wheels >= 0));
            """;
    private static final String PLAIN_CHILD = """
            CREATE TABLE cars (id bigint NOT NULL, wheels int, doors int,
                               CONSTRAINT vehicles_wheels CHECK (wheels >= 0));
            """;
    private static final String INHERITING_CHILD = "CREATE TABLE cars (doors int) INHERITS (vehicles);\n";
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
    void aPlainTableJoinsItsParentByInheritWithItsRowsAndConverges() throws Exception {
        PgSync.runSql(server, db, PARENT + PLAIN_CHILD + "INSERT INTO cars VALUES (1, 4, 5), (2, 4, 3);");
        Path file = PgSync.write(tmp, "schema.sql", PARENT + INHERITING_CHILD);
        PlanResult plan = new PlanUseCase().run(PgSync.request(server, db, file));
        assertThat(plan.plan().statements()).extracting(s -> s.sql()).as("its columns merge, none is dropped")
                .containsExactly("ALTER TABLE cars INHERIT vehicles");
        assertThat(plan.plan().steps()).noneMatch(s -> s.destructive());

        new ApplyUseCase().run(PgSync.request(server, db, file), ApplyOptions.auto(false));
        assertEquals(List.of(List.of("1", "4", "cars"), List.of("2", "4", "cars")),
                PgRows.query(server, db, "SELECT id, wheels, tableoid::regclass::text FROM vehicles ORDER BY id"));
        assertThat(PgSync.diff(server, db, PgSync.inspect(server, db), desired(PARENT + INHERITING_CHILD)))
                .as("the merged columns read as the parent's").isEmpty();
        assertThat(new PlanUseCase().run(PgSync.request(server, db, file)).plan().isEmpty()).isTrue();
    }

    @Test
    void aChildLeavesItsParentByNoInheritKeepingItsColumnsAndRows() throws Exception {
        PgSync.runSql(server, db, PARENT + INHERITING_CHILD + "INSERT INTO cars VALUES (1, 4, 5), (2, 4, 3);");
        Path file = PgSync.write(tmp, "schema.sql", PARENT + PLAIN_CHILD);
        PlanResult plan = new PlanUseCase().run(PgSync.request(server, db, file));
        assertThat(plan.plan().statements()).extracting(s -> s.sql()).as("it keeps its columns, none is added")
                .containsExactly("ALTER TABLE cars NO INHERIT vehicles");

        new ApplyUseCase().run(PgSync.request(server, db, file), ApplyOptions.auto(false));
        assertEquals(List.of(List.of("1", "4", "5"), List.of("2", "4", "3")),
                PgRows.query(server, db, "SELECT id, wheels, doors FROM cars ORDER BY id"));
        assertThat(PgRows.count(server, db, "vehicles")).isZero();
        assertThat(PgSync.diff(server, db, PgSync.inspect(server, db), desired(PARENT + PLAIN_CHILD))).isEmpty();
        assertThat(new PlanUseCase().run(PgSync.request(server, db, file)).plan().isEmpty()).isTrue();
    }

    @Test
    void aTableThatJoinsAndLeavesAgainEndsAsItBegan() throws Exception {
        PgSync.runSql(server, db, PARENT + PLAIN_CHILD + "INSERT INTO cars VALUES (1, 4, 5);");
        Path inherit = PgSync.write(tmp, "inherit.sql", PARENT + INHERITING_CHILD);
        Path plain = PgSync.write(tmp, "plain.sql", PARENT + PLAIN_CHILD);
        new ApplyUseCase().run(PgSync.request(server, db, inherit), ApplyOptions.auto(false));
        new ApplyUseCase().run(PgSync.request(server, db, plain), ApplyOptions.auto(false));
        assertThat(new PlanUseCase().run(PgSync.request(server, db, plain)).plan().isEmpty()).isTrue();
        assertThat(new PlanUseCase().run(PgSync.request(server, db, inherit)).plan().statements())
                .extracting(s -> s.sql()).containsExactly("ALTER TABLE cars INHERIT vehicles");
        assertEquals(List.of(List.of("1", "4", "5")), PgRows.query(server, db, "SELECT id, wheels, doors FROM cars"));
    }

    /** The schema {@code sql} creates, inspected from a database of its own. */
    private dev.syncdb.model.Schema desired(String sql) {
        String other = server.freshDatabase();
        try {
            server.run(other, sql);
            return PgSync.inspect(server, other);
        } finally {
            server.dropDatabase(other);
        }
    }
}
