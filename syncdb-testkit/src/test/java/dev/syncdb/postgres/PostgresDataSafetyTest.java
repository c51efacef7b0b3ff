package dev.syncdb.postgres;

import dev.syncdb.SyncdbException;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.model.Schema;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rows survive the changes apply makes on PostgreSQL, and a plan that fails half-way leaves the
 * schema and the rows exactly as they were (the plan runs in one transaction).
 */
class PostgresDataSafetyTest extends FreshDatabaseTest {
    @Test
    void rowsSurviveVarcharWidening() throws SQLException {
        server.run(db, """
                CREATE TABLE customers (id integer PRIMARY KEY, name varchar(10) NOT NULL);
                INSERT INTO customers VALUES (1, 'Ann'), (2, 'Bartholome'), (3, '');
                """);
        assertRowsSurvive("customers", """
                CREATE TABLE customers (id integer PRIMARY KEY, name varchar(200) NOT NULL);
                """);
        assertEquals("character varying(200)", columnType("customers", "name"));
    }

    @Test
    void rowsSurviveIntToBigint() throws SQLException {
        server.run(db, """
                CREATE TABLE counters (id integer PRIMARY KEY, hits integer NOT NULL DEFAULT 0);
                INSERT INTO counters VALUES (1, 0), (2, 2147483647), (3, -2147483648);
                """);
        assertRowsSurvive("counters", """
                CREATE TABLE counters (id bigint PRIMARY KEY, hits bigint NOT NULL DEFAULT 0);
                """);
        assertEquals("bigint", columnType("counters", "hits"));
        server.run(db, "INSERT INTO counters VALUES (4, 9000000000)");
    }

    @Test
    void rowsSurviveAddingNullableColumn() throws SQLException {
        server.run(db, """
                CREATE TABLE notes (id integer PRIMARY KEY, body text);
                INSERT INTO notes SELECT g, 'note ' || g FROM generate_series(1, 500) g;
                """);
        List<List<String>> before = PgRows.query(server, db, "SELECT id, body FROM notes ORDER BY id");
        apply("""
                CREATE TABLE notes (id integer PRIMARY KEY, body text, tag varchar(20));
                """, false);
        assertEquals(before, PgRows.query(server, db, "SELECT id, body FROM notes ORDER BY id"));
        assertEquals(500, PgRows.count(server, db, "notes WHERE tag IS NULL"));
    }

    @Test
    void rowsSurviveAddingIndex() throws SQLException {
        server.run(db, """
                CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL);
                INSERT INTO users SELECT g, 'User' || g || '@example.com' FROM generate_series(1, 300) g;
                """);
        assertRowsSurvive("users", """
                CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL);
                CREATE UNIQUE INDEX users_email_idx ON users (lower(email));
                """);
        assertEquals(1, PgRows.count(server, db, "pg_indexes WHERE indexname = 'users_email_idx'"));
    }

    @Test
    void rowsSurviveEnumValueAddition() throws SQLException {
        server.run(db, """
                CREATE TYPE status AS ENUM ('new', 'done');
                CREATE TABLE tasks (id integer PRIMARY KEY, status status NOT NULL);
                INSERT INTO tasks VALUES (1, 'new'), (2, 'done'), (3, 'new');
                """);
        assertRowsSurvive("tasks", """
                CREATE TYPE status AS ENUM ('new', 'doing', 'done', 'archived');
                CREATE TABLE tasks (id integer PRIMARY KEY, status status NOT NULL);
                """);
        assertEquals(List.of(List.of("1"), List.of("3"), List.of("2")),
                PgRows.query(server, db, "SELECT id FROM tasks ORDER BY status, id"), "enum order kept");
        server.run(db, "INSERT INTO tasks VALUES (4, 'doing')");
    }

    @Test
    void rowsSurviveViewRecreation() throws SQLException {
        server.run(db, """
                CREATE TABLE orders (id integer PRIMARY KEY, total numeric(8,2) NOT NULL);
                CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100;
                INSERT INTO orders VALUES (1, 50), (2, 150.25), (3, 999999.99);
                """);
        List<List<String>> viewBefore = PgRows.query(server, db, "SELECT id, total FROM big_orders ORDER BY id");
        // the column type change forces the view to be dropped and created again
        assertRowsSurvive("orders", """
                CREATE TABLE orders (id integer PRIMARY KEY, total numeric(12,2) NOT NULL);
                CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100;
                """);
        assertEquals(viewBefore, PgRows.query(server, db, "SELECT id, total FROM big_orders ORDER BY id"));
        assertEquals("numeric(12,2)", columnType("orders", "total"));
    }

    @Test
    void serialToIdentityKeepsGeneratingFreshKeys() throws SQLException {
        server.run(db, """
                CREATE TABLE events (id serial PRIMARY KEY, name text);
                INSERT INTO events (name) VALUES ('a'), ('b'), ('c');
                """);
        assertRowsSurvive("events", """
                CREATE TABLE events (id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name text);
                """, true); // dropping the serial's sequence counts as destructive
        // the identity must continue after the serial's last value, or the next insert hits the primary key
        server.run(db, "INSERT INTO events (name) VALUES ('d')");
        assertEquals(List.of(List.of("4")), PgRows.query(server, db, "SELECT id FROM events WHERE name = 'd'"));
    }

    @Test
    void failingPlanLeavesSchemaAndRowsAsBefore() throws SQLException {
        server.run(db, """
                CREATE TABLE codes (id integer PRIMARY KEY, code varchar(10) NOT NULL);
                CREATE TABLE other (id integer PRIMARY KEY);
                INSERT INTO codes VALUES (1, 'ab'), (2, 'hello'), (3, 'x');
                INSERT INTO other VALUES (1), (2);
                """);
        Schema schemaBefore = PgSync.inspect(server, db);
        List<String> catalogBefore = PgCatalog.describe(server, db);
        List<List<String>> codesBefore = PgRows.query(server, db, "SELECT * FROM codes ORDER BY id");
        List<List<String>> otherBefore = PgRows.query(server, db, "SELECT * FROM other ORDER BY id");

        // other changes come first in the plan; the narrowing fails on 'hello' and everything must roll back
        Path file = PgSync.write(tmp, "schema.sql", """
                CREATE TABLE codes (id integer PRIMARY KEY, code varchar(2) NOT NULL, note text);
                CREATE TABLE other (id integer PRIMARY KEY, flag boolean DEFAULT false);
                CREATE TABLE brand_new (id integer PRIMARY KEY);
                CREATE INDEX other_flag_idx ON other (flag);
                """);
        SyncdbException e = assertThrows(SyncdbException.class,
                () -> new ApplyUseCase().run(PgSync.request(server, db, file), ApplyOptions.auto(true)));
        // refused by the live-data preflight (exit 3) or run and rolled back (exit 1): nothing may change
        assertTrue(e.exitCode() == SyncdbException.ERROR || e.exitCode() == SyncdbException.REFUSED, e.getMessage());

        Schema schemaAfter = PgSync.inspect(server, db);
        assertEquals(List.of(), PgSync.diff(server, db, schemaBefore, schemaAfter), "schema changed by a failed apply");
        assertEquals(List.of(), PgCatalog.difference(catalogBefore, PgCatalog.describe(server, db)),
                "catalog changed by a failed apply (- before, + after)");
        assertEquals(codesBefore, PgRows.query(server, db, "SELECT * FROM codes ORDER BY id"));
        assertEquals(otherBefore, PgRows.query(server, db, "SELECT * FROM other ORDER BY id"));
        assertEquals(3, PgRows.count(server, db, "codes"));
        assertEquals(2, PgRows.count(server, db, "other"));
    }

    @Test
    void failingPlanWithEnumValueAdditionLeavesEverythingAsBefore() throws SQLException {
        server.run(db, """
                CREATE TYPE state AS ENUM ('open', 'closed');
                CREATE TABLE tickets (id integer PRIMARY KEY, state state NOT NULL, ref varchar(10));
                INSERT INTO tickets VALUES (1, 'open', 'abcdef'), (2, 'closed', NULL);
                """);
        List<String> catalogBefore = PgCatalog.describe(server, db);
        List<List<String>> rowsBefore = PgRows.query(server, db, "SELECT * FROM tickets ORDER BY id");

        // an enum label is added (which PostgreSQL restricts inside transactions), then a narrowing fails
        Path file = PgSync.write(tmp, "schema.sql", """
                CREATE TYPE state AS ENUM ('new', 'open', 'closed', 'archived');
                CREATE TABLE tickets (id integer PRIMARY KEY, state state NOT NULL, ref varchar(3));
                """);
        assertThrows(SyncdbException.class,
                () -> new ApplyUseCase().run(PgSync.request(server, db, file), ApplyOptions.auto(true)));

        assertEquals(List.of(), PgCatalog.difference(catalogBefore, PgCatalog.describe(server, db)),
                "catalog changed by a failed apply (- before, + after)");
        assertEquals(rowsBefore, PgRows.query(server, db, "SELECT * FROM tickets ORDER BY id"));
    }

    private void assertRowsSurvive(String table, String desired) throws SQLException {
        assertRowsSurvive(table, desired, false);
    }

    @Test
    void failingPlanThatUsesNewEnumLabelLeavesEverythingAsBefore() throws SQLException {
        server.run(db, """
                CREATE TYPE state AS ENUM ('open', 'closed');
                CREATE TABLE tickets (id integer PRIMARY KEY, state state NOT NULL DEFAULT 'open', ref varchar(10));
                INSERT INTO tickets VALUES (1, 'open', 'abcdef');
                """);
        List<String> catalogBefore = PgCatalog.describe(server, db);
        List<List<String>> rowsBefore = PgRows.query(server, db, "SELECT * FROM tickets ORDER BY id");

        // the new label is used as the default in the same plan, then a narrowing fails
        Path file = PgSync.write(tmp, "schema.sql", """
                CREATE TYPE state AS ENUM ('new', 'open', 'closed');
                CREATE TABLE tickets (id integer PRIMARY KEY, state state NOT NULL DEFAULT 'new', ref varchar(3));
                """);
        assertThrows(SyncdbException.class,
                () -> new ApplyUseCase().run(PgSync.request(server, db, file), ApplyOptions.auto(true)));

        assertEquals(List.of(), PgCatalog.difference(catalogBefore, PgCatalog.describe(server, db)),
                "catalog changed by a failed apply (- before, + after)");
        assertEquals(rowsBefore, PgRows.query(server, db, "SELECT * FROM tickets ORDER BY id"));
    }

    /** Applies {@code desired} and checks every row of {@code table} is unchanged. */
    private void assertRowsSurvive(String table, String desired, boolean allowDestructive) throws SQLException {
        String select = "SELECT * FROM " + table + " ORDER BY 1";
        List<List<String>> before = PgRows.query(server, db, select);
        long count = PgRows.count(server, db, table);
        ApplyResult result = apply(desired, allowDestructive);
        assertEquals(ApplyResult.Outcome.APPLIED, result.outcome());
        assertEquals(count, PgRows.count(server, db, table), "row count of " + table);
        assertEquals(before, PgRows.query(server, db, select), "rows of " + table);
    }

    private ApplyResult apply(String desired, boolean allowDestructive) {
        Path file = PgSync.write(tmp, "schema.sql", desired);
        ApplyResult r = new ApplyUseCase().run(PgSync.request(server, db, file), ApplyOptions.auto(allowDestructive));
        assertTrue(new PlanUseCase().run(PgSync.request(server, db, file)).inSync(), "in sync after apply");
        return r;
    }

    private String columnType(String table, String column) throws SQLException {
        return PgRows.query(server, db, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                + " WHERE attrelid = '" + table + "'::regclass AND attname = '" + column + "'").get(0).get(0);
    }
}
