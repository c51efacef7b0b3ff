package dev.syncdb.postgres;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.Namespaces;
import dev.syncdb.diff.DiffOptions;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static dev.syncdb.postgres.PgRows.one;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Functions, triggers, domains, composite and range types, policies and an extension in the managed
 * schemas other than the first ({@code app} first, then {@code util} and {@code types}), used across
 * them: a default of an {@code app} table calls a function of {@code util}, a trigger of {@code app}
 * runs one, its columns have a domain and types of {@code types}. Each apply is followed by two plans
 * that find nothing left to do.
 */
class PostgresNamespaceObjectsTest {

    private static final String NAMESPACES = Namespaces.join(List.of("app", "util", "types"));

    static final String V1 = """
            CREATE SCHEMA util;
            CREATE SCHEMA types;
            CREATE DOMAIN types.email AS text CHECK (VALUE LIKE '%@%');
            CREATE TYPE types.address AS (street text, city text);
            CREATE TYPE types.price_range AS RANGE (SUBTYPE = numeric);
            CREATE FUNCTION util.next_code() RETURNS text LANGUAGE sql AS $$ SELECT 'C-' || md5(random()::text) $$;
            CREATE FUNCTION util.touch() RETURNS trigger LANGUAGE plpgsql
                AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
            COMMENT ON FUNCTION util.touch() IS 'sets updated_at';
            CREATE TABLE customers (
                id bigint PRIMARY KEY,
                code text NOT NULL DEFAULT util.next_code(),
                email types.email NOT NULL,
                address types.address,
                budget types.price_range,
                updated_at timestamptz
            );
            CREATE TRIGGER customers_touch BEFORE UPDATE ON customers FOR EACH ROW EXECUTE FUNCTION util.touch();
            CREATE TABLE util.audit (id bigint PRIMARY KEY, note text, updated_at timestamptz);
            CREATE TRIGGER audit_touch BEFORE UPDATE ON util.audit FOR EACH ROW EXECUTE FUNCTION util.touch();
            ALTER TABLE util.audit ENABLE ROW LEVEL SECURITY;
            CREATE POLICY audit_read ON util.audit FOR SELECT USING (note IS NOT NULL);
            CREATE AGGREGATE util.total(numeric) (SFUNC = numeric_add, STYPE = numeric, INITCOND = '0');
            CREATE PROCEDURE util.clear_notes() LANGUAGE sql AS $$ UPDATE util.audit SET note = NULL $$;
            CREATE MATERIALIZED VIEW util.audit_notes AS SELECT id, note FROM util.audit;
            CREATE INDEX audit_notes_id ON util.audit_notes (id);
            """;

    /** Every object of util and types changed in place, and audit's trigger gone. */
    static final String V2 = V1
            .replace("NEW.updated_at := now();", "NEW.updated_at := now() - interval '1 hour';")
            .replace("CHECK (VALUE LIKE '%@%')", "CHECK (VALUE LIKE '%@%.%')")
            .replace("(street text, city text)", "(street text, city text, zip text)")
            .replace("USING (note IS NOT NULL)", "USING (note <> '')")
            .replace("CREATE TRIGGER audit_touch BEFORE UPDATE ON util.audit FOR EACH ROW EXECUTE FUNCTION util.touch();\n", "");

    static final String APP_ONLY = "CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL);\n";

    private final PgServer server = PgServers.embedded();
    private String db;

    @BeforeEach
    void database() {
        db = server.freshDatabase();
        server.run(db, "CREATE SCHEMA app");
    }

    @AfterEach
    void drop() {
        server.dropDatabase(db);
    }

    @Test
    void createsObjectsOfEverySchemaInDependencyOrderAndConverges(@TempDir Path tmp) throws Exception {
        ApplyResult applied = apply(tmp, V1, false);
        List<String> sql = statements(applied);
        int schema = index(sql, "CREATE SCHEMA util");
        int function = index(sql, "CREATE OR REPLACE FUNCTION util.next_code()");
        int domain = index(sql, "CREATE DOMAIN types.email AS text");
        int table = index(sql, "CREATE TABLE customers");
        int trigger = index(sql, "CREATE TRIGGER customers_touch BEFORE UPDATE ON customers");
        assertThat(schema).isLessThan(function);
        assertThat(function).isLessThan(table);
        assertThat(domain).isLessThan(table);
        assertThat(index(sql, "CREATE TYPE types.address AS (street text, city text)")).isLessThan(table);
        assertThat(index(sql, "CREATE TYPE types.price_range AS RANGE (SUBTYPE = numeric")).isLessThan(table);
        assertThat(table).isLessThan(trigger);
        assertThat(sql).anyMatch(s -> s.startsWith("CREATE AGGREGATE util.total(numeric)"));
        assertThat(sql).anyMatch(s -> s.startsWith("CREATE OR REPLACE PROCEDURE util.clear_notes()"));
        assertThat(index(sql, "CREATE MATERIALIZED VIEW util.audit_notes")).isLessThan(index(sql, "CREATE INDEX audit_notes_id ON util.audit_notes"));
        assertThat(sql).contains("CREATE POLICY audit_read ON util.audit AS PERMISSIVE FOR SELECT TO PUBLIC USING (note IS NOT NULL)",
                "COMMENT ON FUNCTION util.touch() IS 'sets updated_at'");
        converged(tmp, V1);
        assertThat(plan(tmp, V1).current().unsupported()).isEmpty();
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            st.execute("INSERT INTO app.customers (id, email) VALUES (1, 'ada@example.org')");
            st.execute("UPDATE app.customers SET address = ROW('Main St', 'Springfield')");
            assertThat(one(st, "SELECT code LIKE 'C-%' AND updated_at IS NOT NULL FROM app.customers")).isEqualTo("t");
            assertThat(one(st, "SELECT obj_description('util.touch()'::regprocedure, 'pg_proc')")).isEqualTo("sets updated_at");
        }
    }

    @Test
    void changesObjectsOfTheOtherSchemasInPlace(@TempDir Path tmp) throws Exception {
        apply(tmp, V1, false);
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            st.execute("INSERT INTO app.customers (id, email) VALUES (1, 'ada@example.org')");
        }
        ApplyResult applied = apply(tmp, V2, true);
        List<String> sql = statements(applied);
        assertThat(sql).contains("DROP TRIGGER audit_touch ON util.audit",
                "ALTER DOMAIN types.email DROP CONSTRAINT email_check",
                "ALTER TYPE types.address ADD ATTRIBUTE zip text");
        assertThat(sql).anyMatch(s -> s.startsWith("CREATE OR REPLACE FUNCTION util.touch()") && s.contains("interval '1 hour'"));
        assertThat(sql).noneMatch(s -> s.startsWith("DROP TABLE") || s.startsWith("DROP DOMAIN") || s.startsWith("DROP FUNCTION"));
        converged(tmp, V2);
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT count(*)::text FROM app.customers")).isEqualTo("1");
            assertThat(one(st, "SELECT count(*)::text FROM pg_trigger WHERE tgname = 'audit_touch'")).isEqualTo("0");
        }
    }

    @Test
    void anExtensionPlacedInAnotherSchemaIsCreatedThereAndMoved(@TempDir Path tmp) throws Exception {
        String placed = "CREATE SCHEMA util;\nCREATE SCHEMA types;\nCREATE EXTENSION citext SCHEMA util;\n"
                + "CREATE TABLE customers (id bigint PRIMARY KEY, email util.citext NOT NULL);\n";
        List<String> sql = statements(apply(tmp, placed, false));
        assertThat(index(sql, "CREATE SCHEMA util")).isLessThan(index(sql, "CREATE EXTENSION IF NOT EXISTS citext SCHEMA util"));
        assertThat(index(sql, "CREATE EXTENSION IF NOT EXISTS citext SCHEMA util")).isLessThan(index(sql, "CREATE TABLE customers"));
        converged(tmp, placed);
        String moved = placed.replace("CREATE EXTENSION citext SCHEMA util", "CREATE EXTENSION citext SCHEMA types")
                .replace("util.citext", "types.citext");
        List<String> again = statements(apply(tmp, moved, true));
        assertThat(again).contains("ALTER EXTENSION citext SET SCHEMA types");
        converged(tmp, moved);
    }

    @Test
    void dropsTheOtherSchemasAfterWhatUsesTheirObjects(@TempDir Path tmp) throws Exception {
        apply(tmp, V1, false);
        List<String> sql = statements(apply(tmp, APP_ONLY, true));
        int trigger = index(sql, "DROP TRIGGER customers_touch ON customers");
        int function = index(sql, "DROP FUNCTION util.touch()");
        int domain = index(sql, "DROP DOMAIN types.email");
        int column = sql.indexOf(sql.stream().filter(s -> s.contains("ALTER COLUMN email TYPE text")
                || s.contains("DROP COLUMN address")).findFirst().orElseThrow());
        assertThat(trigger).isLessThan(function);
        assertThat(column).isLessThan(domain);
        assertThat(sql.get(sql.size() - 1)).startsWith("DROP SCHEMA");
        converged(tmp, APP_ONLY);
    }

    /** {@code --desired-url}: the desired database is read with the same schemas as the target. */
    @Test
    void anotherDatabaseIsReadWithTheSameSchemas(@TempDir Path tmp) throws Exception {
        String staging = server.freshDatabase();
        try {
            server.run(staging, "CREATE SCHEMA app; SET search_path TO app;\n" + V1);
            SyncRequest request = new SyncRequest(DatabaseUrl.parse(server.url(db)), NAMESPACES,
                    new dev.syncdb.engine.desired.DatabaseSource(DatabaseUrl.parse(server.url(staging)), null), null);
            PlanResult planned = new PlanUseCase().run(request);
            List<String> sql = planned.plan().statements().stream().map(s -> s.sql()).toList();
            assertThat(index(sql, "CREATE OR REPLACE FUNCTION util.touch()")).isLessThan(index(sql, "CREATE TABLE customers"));
            assertThat(sql).contains("CREATE TRIGGER audit_touch BEFORE UPDATE ON util.audit FOR EACH ROW EXECUTE FUNCTION util.touch()");
            new ApplyUseCase().run(request, ApplyOptions.auto(false));
            assertThat(new PlanUseCase().run(request).plan().isEmpty()).isTrue();
            assertThat(plan(tmp, V1).plan().isEmpty()).isTrue();
        } finally {
            server.dropDatabase(staging);
        }
    }

    /**
     * With {@code --privileges}: grants on another schema, its objects and its future tables, and the
     * owner of one of its tables, are planned and converge.
     */
    @Test
    void privilegesInAnotherSchemaAreCompared(@TempDir Path tmp) throws Exception {
        String role = "ns_reader_" + db;
        String owner = "ns_owner_" + db;
        server.run("postgres", "CREATE ROLE " + role + "; CREATE ROLE " + owner);
        try {
            String granted = V1 + ("GRANT USAGE ON SCHEMA util TO %1$s;\nGRANT SELECT ON util.audit TO %1$s;\n"
                    + "GRANT UPDATE (note) ON util.audit TO %1$s;\nALTER TABLE util.audit OWNER TO %2$s;\n"
                    + "ALTER DEFAULT PRIVILEGES IN SCHEMA util GRANT SELECT ON TABLES TO %1$s;\n").formatted(role, owner);
            DiffOptions privileges = DiffOptions.DEFAULT.withPrivileges(true);
            List<String> sql = new ApplyUseCase().run(request(tmp, granted, privileges), ApplyOptions.auto(false))
                    .planned().plan().statements().stream().map(s -> s.sql()).toList();
            assertThat(sql).contains("GRANT USAGE ON SCHEMA util TO " + role, "GRANT SELECT ON TABLE util.audit TO " + role,
                    "GRANT UPDATE (note) ON TABLE util.audit TO " + role, "ALTER TABLE util.audit OWNER TO " + owner,
                    "ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA util GRANT SELECT ON TABLES TO " + role);
            for (int round = 0; round < 2; round++) {
                PlanResult again = new PlanUseCase().run(request(tmp, granted, privileges));
                assertThat(again.plan().isEmpty()).as(again.plan().statements().toString()).isTrue();
            }
            try (Connection c = server.connect(db); Statement st = c.createStatement()) {
                assertThat(one(st, "SELECT has_table_privilege('" + role + "', 'util.audit', 'SELECT')::text")).isEqualTo("true");
            }
            List<String> revoked = new ApplyUseCase().run(request(tmp, V1, privileges), ApplyOptions.auto(true))
                    .planned().plan().statements().stream().map(s -> s.sql()).toList();
            assertThat(revoked).contains("REVOKE USAGE ON SCHEMA util FROM " + role, "REVOKE SELECT ON TABLE util.audit FROM " + role,
                    "ALTER TABLE util.audit OWNER TO CURRENT_USER");
            assertThat(new PlanUseCase().run(request(tmp, V1, privileges)).plan().isEmpty()).isTrue();
        } finally {
            server.run(db, "REASSIGN OWNED BY " + owner + " TO postgres; DROP OWNED BY " + role + ", " + owner);
            server.run("postgres", "DROP ROLE " + role + "; DROP ROLE " + owner);
        }
    }

    private void converged(Path tmp, String sql) {
        for (int round = 0; round < 2; round++) {
            PlanResult again = plan(tmp, sql);
            assertThat(again.plan().isEmpty()).as(again.plan().statements().toString()).isTrue();
        }
    }

    private static List<String> statements(ApplyResult applied) {
        return applied.planned().plan().statements().stream().map(s -> s.sql()).toList();
    }

    private static int index(List<String> sql, String start) {
        for (int i = 0; i < sql.size(); i++) {
            if (sql.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no statement starts with " + start + " in " + sql);
    }


    private SyncRequest request(Path tmp, String sql) {
        return request(tmp, sql, null);
    }

    private SyncRequest request(Path tmp, String sql, DiffOptions options) {
        return PgSync.request(server, db, NAMESPACES, tmp, sql, options);
    }

    private PlanResult plan(Path tmp, String sql) {
        return new PlanUseCase().run(request(tmp, sql));
    }

    private ApplyResult apply(Path tmp, String sql, boolean destructive) {
        return new ApplyUseCase().run(request(tmp, sql), ApplyOptions.auto(destructive));
    }
}
