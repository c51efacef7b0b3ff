package dev.syncdb.postgres;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.desired.SqlFilesSource;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.model.Schema;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the engine does with bad input on PostgreSQL: unreachable servers, unknown databases and
 * roles, broken or missing schema files, and an empty schema against a populated database. Each
 * ends in a one-line {@link SyncdbException} with the right exit code, and the target is untouched.
 */
class PostgresBadInputTest extends FreshDatabaseTest {
    @Test
    void unreachableHostFailsFastWithMaskedUrl() {
        Path file = PgSync.write(tmp, "schema.sql", "CREATE TABLE t (id integer);");
        SyncRequest request = new SyncRequest(DatabaseUrl.parse("postgresql://u:secret@127.0.0.1:1/db"), null,
                new SqlFilesSource(List.of(file), null), null);
        SyncdbException e = assertTimeoutPreemptively(Duration.ofSeconds(15),
                () -> assertThrows(SyncdbException.class, () -> new PlanUseCase().run(request)));
        assertEquals(SyncdbException.ERROR, e.exitCode());
        assertTrue(e.getMessage().contains("postgresql://u:***@127.0.0.1:1/db"), e.getMessage());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
        assertOneLine(e);

        SyncdbException onApply = assertTimeoutPreemptively(Duration.ofSeconds(15),
                () -> assertThrows(SyncdbException.class,
                        () -> new ApplyUseCase().run(request, ApplyOptions.auto(true))));
        assertFalse(onApply.getMessage().contains("secret"), onApply.getMessage());
        assertOneLine(onApply);
    }

    @Test
    void unknownDatabaseIsOneLineError() {
        Path file = PgSync.write(tmp, "schema.sql", "CREATE TABLE t (id integer);");
        SyncdbException e = assertThrows(SyncdbException.class,
                () -> new PlanUseCase().run(PgSync.request(server, "no_such_database_xyz", file)));
        assertEquals(SyncdbException.ERROR, e.exitCode());
        assertTrue(e.getMessage().contains("no_such_database_xyz"), e.getMessage());
        assertOneLine(e);
    }

    @Test
    void unknownRoleIsOneLineError() {
        Path file = PgSync.write(tmp, "schema.sql", "CREATE TABLE t (id integer);");
        String url = server.url(db).replaceFirst("//[^@]+@", "//no_such_role:pw123@");
        SyncRequest request = new SyncRequest(DatabaseUrl.parse(url), null, new SqlFilesSource(List.of(file), null), null);
        SyncdbException e = assertThrows(SyncdbException.class, () -> new PlanUseCase().run(request));
        assertEquals(SyncdbException.ERROR, e.exitCode());
        assertTrue(e.getMessage().contains("no_such_role"), e.getMessage());
        assertFalse(e.getMessage().contains("pw123"), e.getMessage());
        assertOneLine(e);
    }

    @Test
    void syntaxErrorNamesFileAndLineAndLeavesTargetAndNoScratch() throws SQLException {
        server.run(db, "CREATE TABLE keep_me (id integer PRIMARY KEY, name text); INSERT INTO keep_me VALUES (1, 'a');");
        Schema before = PgSync.inspect(server, db);
        List<String> catalogBefore = PgCatalog.describe(server, db);
        Path file = PgSync.write(tmp, "broken-schema.sql", """
                CREATE TABLE keep_me (id integer PRIMARY KEY, name text);

                CREATE TABLE other (
                    id integer PRIMARY KEY
                );

                CREATE TABLE broken (id integer,, name text);

                CREATE TABLE after_the_error (id integer);
                """);
        SyncdbException e = assertThrows(SyncdbException.class,
                () -> new ApplyUseCase().run(PgSync.request(server, db, file), ApplyOptions.auto(true)));
        assertEquals(SyncdbException.ERROR, e.exitCode());
        assertTrue(e.getMessage().contains("broken-schema.sql"), e.getMessage());
        assertTrue(e.getMessage().contains("broken-schema.sql:7"), "line 7 expected: " + e.getMessage());
        assertOneLine(e);

        assertEquals(List.of(), PgSync.diff(server, db, before, PgSync.inspect(server, db)));
        assertEquals(List.of(), PgCatalog.difference(catalogBefore, PgCatalog.describe(server, db)));
        assertEquals(1, PgRows.count(server, db, "keep_me"));
        assertNoScratchLeft();
    }

    @Test
    void missingSchemaFileIsOneLineError() throws SQLException {
        Path missing = tmp.resolve("does-not-exist.sql");
        SyncdbException e = assertThrows(SyncdbException.class,
                () -> new PlanUseCase().run(PgSync.request(server, db, missing)));
        assertEquals(SyncdbException.ERROR, e.exitCode());
        assertTrue(e.getMessage().contains("does-not-exist.sql"), e.getMessage());
        assertOneLine(e);
        assertNoScratchLeft();
    }

    @Test
    void emptySchemaAgainstPopulatedDatabaseIsRefused() throws SQLException {
        server.run(db, """
                CREATE TYPE kind AS ENUM ('a', 'b');
                CREATE TABLE parents (id integer PRIMARY KEY, kind kind);
                CREATE TABLE children (id integer PRIMARY KEY, parent_id integer REFERENCES parents (id));
                CREATE VIEW child_count AS SELECT count(*) AS n FROM children;
                INSERT INTO parents VALUES (1, 'a');
                INSERT INTO children VALUES (1, 1), (2, 1);
                """);
        List<String> catalogBefore = PgCatalog.describe(server, db);
        Path empty = PgSync.write(tmp, "empty.sql", "");
        SyncdbException e = assertThrows(SyncdbException.class,
                () -> new ApplyUseCase().run(PgSync.request(server, db, empty), ApplyOptions.auto(false)));
        assertEquals(SyncdbException.REFUSED, e.exitCode(), e.getMessage());
        assertOneLine(e);
        assertEquals(List.of(), PgCatalog.difference(catalogBefore, PgCatalog.describe(server, db)));
        assertEquals(1, PgRows.count(server, db, "parents"));
        assertEquals(2, PgRows.count(server, db, "children"));
        assertNoScratchLeft();
    }

    private void assertNoScratchLeft() throws SQLException {
        assertEquals(List.of(), PgRows.query(server, "postgres",
                "SELECT datname FROM pg_database WHERE datname LIKE 'syncdb\\_scratch\\_%'"), "scratch databases left");
        assertEquals(List.of(), PgRows.query(server, db,
                "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'syncdb\\_scratch%'"), "scratch schemas left");
    }

    private static void assertOneLine(Exception e) {
        assertFalse(e.getMessage().isBlank(), "empty message");
        assertFalse(e.getMessage().contains("\n"), "message must be one line: " + e.getMessage());
    }
}
