package dev.syncdb.postgres;

import dev.syncdb.SyncdbException;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.plan.HazardCode;
import dev.syncdb.plan.PlanStep;
import dev.syncdb.plan.PreflightReport;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Objects compared by definition where the stored rows decide: a domain that gains a CHECK is
 * checked against the values of its columns before apply, and a replacement that must drop an
 * object other objects keep using is flagged.
 */
class PostgresObjectsDataTest extends FreshDatabaseTest {
    @Test
    void aDomainCheckThatStoredValuesBreakIsFoundBeforeApplyAndNothingChanges() throws Exception {
        PgSync.runSql(server, db, """
                CREATE DOMAIN quantity AS integer;
                CREATE TABLE stock (id integer PRIMARY KEY, qty quantity);
                INSERT INTO stock VALUES (1, 5), (2, -3), (3, NULL);
                """);
        Path file = PgSync.write(tmp, "schema.sql", """
                CREATE DOMAIN quantity AS integer CONSTRAINT quantity_not_negative CHECK (VALUE >= 0);
                CREATE TABLE stock (id integer PRIMARY KEY, qty quantity);
                """);
        PlanResult plan = new PlanUseCase().run(PgSync.request(server, db, file));
        PlanStep step = plan.plan().steps().get(0);
        assertThat(step.change()).isInstanceOf(SchemaChange.ReplaceObject.class);
        assertThat(step.hazards()).extracting(h -> h.code()).contains(HazardCode.ADD_CHECK);
        PreflightReport report = plan.preflight(0).orElseThrow();
        assertThat(report.blocked()).isTrue();
        assertThat(report.blocking()).singleElement().satisfies(f -> assertThat(f.count()).isEqualTo(1));

        SyncdbException e = assertThrows(SyncdbException.class,
                () -> new ApplyUseCase().run(PgSync.request(server, db, file), ApplyOptions.auto(true)));
        assertEquals(SyncdbException.REFUSED, e.exitCode(), e.getMessage());
        assertEquals(List.of(List.of("1", "5"), List.of("2", "-3")),
                PgRows.query(server, db, "SELECT id, qty FROM stock WHERE qty IS NOT NULL ORDER BY id"));
        assertThat(PgSync.inspect(server, db).objects()).singleElement()
                .satisfies(o -> assertThat(o.definition()).isEqualTo("CREATE DOMAIN quantity AS integer"));
    }

    @Test
    void aDomainCheckThatStoredValuesPassIsAddedInPlace() throws Exception {
        PgSync.runSql(server, db, """
                CREATE DOMAIN quantity AS integer;
                CREATE TABLE stock (id integer PRIMARY KEY, qty quantity);
                INSERT INTO stock VALUES (1, 5), (2, 0);
                """);
        Path file = PgSync.write(tmp, "schema.sql", """
                CREATE DOMAIN quantity AS integer CONSTRAINT quantity_not_negative CHECK (VALUE >= 0);
                CREATE TABLE stock (id integer PRIMARY KEY, qty quantity);
                """);
        PlanResult plan = new PlanUseCase().run(PgSync.request(server, db, file));
        assertThat(plan.plan().statements()).extracting(s -> s.sql()).containsExactly(
                "ALTER DOMAIN quantity ADD CONSTRAINT quantity_not_negative CHECK ((VALUE >= 0))");
        assertThat(plan.preflight(0).orElseThrow().blocked()).isFalse();
        new ApplyUseCase().run(PgSync.request(server, db, file), ApplyOptions.auto(false));
        assertThat(new PlanUseCase().run(PgSync.request(server, db, file)).plan().isEmpty()).isTrue();
    }

    @Test
    void replacingAFunctionByDropWhileATableKeepsUsingItIsFlagged() throws Exception {
        PgSync.runSql(server, db, """
                CREATE FUNCTION next_n() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
                CREATE TABLE t (id integer, n bigint DEFAULT next_n());
                """);
        Path file = PgSync.write(tmp, "schema.sql", """
                CREATE FUNCTION next_n() RETURNS bigint LANGUAGE sql AS $$ SELECT 1::bigint $$;
                CREATE TABLE t (id integer, n bigint DEFAULT next_n());
                """);
        PlanResult plan = new PlanUseCase().run(PgSync.request(server, db, file));
        assertThat(plan.plan().steps()).singleElement().satisfies(s -> {
            assertThat(s.comment()).isEqualTo("replace function next_n()");
            assertThat(s.hazards()).extracting(h -> h.code()).containsExactly(HazardCode.OBJECT_IN_USE);
            assertThat(s.statements()).extracting(x -> x.sql()).first().isEqualTo("DROP FUNCTION next_n()");
        });
    }
}
