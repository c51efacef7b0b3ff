package dev.syncdb.postgres;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.Namespaces;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.desired.SqlFilesSource;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.plan.PlanStep;
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
import java.util.stream.Collectors;

import static dev.syncdb.postgres.PgRows.one;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Two PostgreSQL schemas managed in one run ({@code app} first, {@code billing} second) on the
 * embedded server: created from nothing with references across them (a foreign key, an enum type, a
 * view), changed with their rows kept, and the second dropped, which is destructive. After each
 * apply a plan finds nothing left to do.
 */
class PostgresNamespacesTest {

    private static final String NAMESPACES = Namespaces.join(List.of("app", "billing"));

    /** app with an enum and customers; billing with invoices referencing both, and a view over app's table. */
    static final String V1 = """
            CREATE TYPE status AS ENUM ('open', 'paid');
            CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
            CREATE SCHEMA billing;
            CREATE TABLE billing.invoices (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                customer_id bigint NOT NULL REFERENCES customers (id),
                state status NOT NULL DEFAULT 'open',
                amount numeric(10, 2) NOT NULL
            );
            CREATE INDEX invoices_customer ON billing.invoices (customer_id);
            CREATE SEQUENCE billing.invoice_numbers START 1000;
            CREATE VIEW billing.open_totals AS
                SELECT c.name, sum(i.amount) AS total
                FROM billing.invoices i JOIN customers c ON c.id = i.customer_id
                WHERE i.state = 'open' GROUP BY c.name;
            """;

    /** V1 plus a column and a table in billing, and an enum type of billing used by app's table. */
    static final String V2 = V1 + """
            CREATE TYPE billing.method AS ENUM ('card', 'wire');
            ALTER TABLE customers ADD COLUMN preferred billing.method;
            ALTER TABLE billing.invoices ADD COLUMN note text;
            CREATE TABLE billing.payments (
                id bigint PRIMARY KEY,
                invoice_id bigint NOT NULL REFERENCES billing.invoices (id),
                paid_on date NOT NULL
            );
            """;

    /** Only app is left. */
    static final String APP_ONLY = """
            CREATE TYPE status AS ENUM ('open', 'paid');
            CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
            """;

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
    void emptyToTwoSchemasWithReferencesAcross(@TempDir Path tmp) throws Exception {
        ApplyResult applied = apply(tmp, V1, false);
        assertThat(applied.outcome()).isEqualTo(ApplyResult.Outcome.APPLIED);
        String sql = applied.planned().plan().statements().stream().map(s -> s.sql()).collect(Collectors.joining("\n"));
        assertThat(sql).contains("CREATE SCHEMA billing", "CREATE TABLE billing.invoices",
                "REFERENCES customers", "CREATE VIEW billing.open_totals", "CREATE SEQUENCE billing.invoice_numbers");
        assertThat(sql.indexOf("CREATE SCHEMA billing")).isLessThan(sql.indexOf("CREATE TABLE billing.invoices"));
        assertThat(sql.indexOf("CREATE TABLE customers")).isLessThan(sql.indexOf("REFERENCES customers"));
        assertThat(plan(tmp, V1).plan().isEmpty()).as(plan(tmp, V1).plan().statements().toString()).isTrue();
        assertThat(plan(tmp, V1).current().unsupported()).isEmpty();

        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            st.execute("INSERT INTO app.customers VALUES (1, 'ada')");
            st.execute("INSERT INTO billing.invoices (customer_id, amount) VALUES (1, 12.50)");
            assertThat(one(st, "SELECT total::text FROM billing.open_totals")).isEqualTo("12.50");
            assertThat(one(st, "SELECT format_type(atttypid, NULL) FROM pg_attribute"
                    + " WHERE attrelid = 'billing.invoices'::regclass AND attname = 'state'")).isEqualTo("app.status");
        }
    }

    @Test
    void addsAColumnAndATableInTheSecondSchemaKeepingRows(@TempDir Path tmp) throws Exception {
        apply(tmp, V1, false);
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            st.execute("INSERT INTO app.customers VALUES (1, 'ada')");
            st.execute("INSERT INTO billing.invoices (customer_id, amount) VALUES (1, 12.50), (1, 7.25)");
        }
        ApplyResult applied = apply(tmp, V2, false);
        String sql = applied.planned().plan().statements().stream().map(s -> s.sql()).collect(Collectors.joining("\n"));
        assertThat(sql).contains("ALTER TABLE billing.invoices ADD COLUMN note text", "CREATE TABLE billing.payments",
                "REFERENCES billing.invoices");
        assertThat(applied.planned().plan().destructiveSteps()).isEmpty();
        assertThat(plan(tmp, V2).plan().isEmpty()).isTrue();
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT count(*)::text FROM billing.invoices")).isEqualTo("2");
            assertThat(one(st, "SELECT total::text FROM billing.open_totals")).isEqualTo("19.75");
            st.execute("INSERT INTO billing.payments VALUES (1, 1, DATE '2026-01-02')");
            st.execute("UPDATE app.customers SET preferred = 'card'");
        }
        assertThat(sql).contains("CREATE TYPE billing.method AS ENUM ('card', 'wire')",
                "ALTER TABLE customers ADD COLUMN preferred billing.method");

        String v3 = V2.replace("('card', 'wire')", "('card', 'cash', 'wire')");
        ApplyResult added = apply(tmp, v3, false);
        assertThat(added.planned().plan().statements().stream().map(s -> s.sql()).toList())
                .contains("ALTER TYPE billing.method ADD VALUE 'cash' AFTER 'card'");
        assertThat(plan(tmp, v3).plan().isEmpty()).isTrue();
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT preferred::text FROM app.customers")).isEqualTo("card");
        }

        String v4 = V2.replace("('card', 'wire')", "('card', 'cash')");
        ApplyResult removed = apply(tmp, v4, true);
        assertThat(removed.planned().plan().destructiveSteps()).isNotEmpty();
        assertThat(plan(tmp, v4).plan().isEmpty()).isTrue();
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT preferred::text FROM app.customers")).isEqualTo("card");
        }
    }

    @Test
    void dropsTheSecondSchemaOnlyWhenDestructiveStepsAreAllowed(@TempDir Path tmp) throws Exception {
        apply(tmp, V2, false);
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            st.execute("INSERT INTO app.customers VALUES (1, 'ada')");
        }
        PlanResult planned = plan(tmp, APP_ONLY);
        List<String> codes = planned.plan().destructiveSteps().stream()
                .flatMap(s -> s.hazards().stream()).map(h -> h.code().code()).distinct().toList();
        assertThat(codes).contains("DL101", "DL105", "DL107");
        SyncdbException refused = catchThrowableOfType(() -> apply(tmp, APP_ONLY, false), SyncdbException.class);
        assertThat(refused.getMessage()).startsWith("refused:");
        assertThat(schemaExists("billing")).isTrue();

        ApplyResult applied = apply(tmp, APP_ONLY, true);
        List<String> sql = applied.planned().plan().statements().stream().map(s -> s.sql()).toList();
        assertThat(sql.get(sql.size() - 1)).isEqualTo("DROP SCHEMA billing");
        assertThat(schemaExists("billing")).isFalse();
        assertThat(plan(tmp, APP_ONLY).plan().isEmpty()).isTrue();
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT name FROM app.customers")).isEqualTo("ada");
        }
    }

    /** PostgreSQL refuses to change a column type a view reads: billing's view over app's table is dropped first and made again. */
    @Test
    void aViewInTheSecondSchemaFollowsAChangeOfTheFirstSchemasTable(@TempDir Path tmp) throws Exception {
        apply(tmp, V1, false);
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            st.execute("INSERT INTO app.customers VALUES (1, 'ada')");
        }
        String wider = V1.replace("name text NOT NULL", "name varchar(200) NOT NULL");
        ApplyResult applied = apply(tmp, wider, true);
        List<String> sql = applied.planned().plan().statements().stream().map(s -> s.sql()).toList();
        int drop = sql.indexOf("DROP VIEW billing.open_totals");
        int alter = sql.indexOf(sql.stream().filter(x -> x.startsWith("ALTER TABLE customers ALTER COLUMN name")).findFirst().orElseThrow());
        int create = sql.indexOf(sql.stream().filter(x -> x.startsWith("CREATE VIEW billing.open_totals")).findFirst().orElseThrow());
        assertThat(drop).isNotNegative().isLessThan(alter);
        assertThat(alter).isLessThan(create);
        assertThat(plan(tmp, wider).plan().isEmpty()).isTrue();
    }

    @Test
    void stepsOfTheSecondSchemaCarryItsName(@TempDir Path tmp) {
        List<String> comments = plan(tmp, V1).plan().steps().stream().map(PlanStep::comment).toList();
        assertThat(comments).contains("create schema billing", "create table billing.invoices");
    }

    /** A role that may create in app but only use billing is told, before anything runs, what it lacks in billing. */
    @Test
    void thePrivilegePreflightChecksEveryManagedSchema(@TempDir Path tmp) throws Exception {
        apply(tmp, V1, false);
        String role = "ns_role_" + db;
        server.run(db, ("CREATE ROLE %1$s LOGIN; GRANT CONNECT ON DATABASE %2$s TO %1$s;"
                + " GRANT USAGE, CREATE ON SCHEMA app TO %1$s; GRANT USAGE ON SCHEMA billing TO %1$s;"
                + " ALTER TABLE app.customers OWNER TO %1$s").formatted(role, db));
        try {
            int port = Integer.parseInt(server.jdbcUrl("x").replaceAll(".*:(\\d+)/x$", "$1"));
            DatabaseUrl asRole = DatabaseUrl.parse("postgresql://" + role + "@localhost:" + port + "/" + db);
            String v2 = V2.replace("CREATE TYPE billing.method AS ENUM ('card', 'wire');\n", "")
                    .replace("ADD COLUMN preferred billing.method", "ADD COLUMN preferred text");
            SyncRequest request = new SyncRequest(asRole, NAMESPACES, new SqlFilesSource(
                    List.of(PgSync.write(tmp, "schema.sql", v2)), DatabaseUrl.parse(server.url("postgres"))), null);
            SyncdbException refused = catchThrowableOfType(() -> new ApplyUseCase().run(request, ApplyOptions.auto(false)),
                    SyncdbException.class);
            assertThat(refused).isNotNull();
            assertThat(refused.getMessage())
                    .contains("permission denied: CREATE on schema billing for role " + role + " (to create table payments)")
                    .contains("permission denied: ownership of table billing.invoices (owner postgres) for role " + role)
                    .doesNotContain("on schema app").doesNotContain("app.customers")
                    .endsWith("nothing was changed");
            try (Connection c = server.connect(db); Statement st = c.createStatement()) {
                assertThat(one(st, "SELECT count(*)::text FROM pg_class WHERE relname = 'payments'")).isEqualTo("0");
            }
        } finally {
            server.run(db, "REASSIGN OWNED BY " + role + " TO CURRENT_USER; DROP OWNED BY " + role + "; DROP ROLE " + role);
        }
    }

    private boolean schemaExists(String name) throws Exception {
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            return one(st, "SELECT count(*)::text FROM pg_namespace WHERE nspname = '" + name + "'").equals("1");
        }
    }


    private SyncRequest request(Path tmp, String sql) {
        return PgSync.request(server, db, NAMESPACES, tmp, sql, null);
    }

    private PlanResult plan(Path tmp, String sql) {
        return new PlanUseCase().run(request(tmp, sql));
    }

    private ApplyResult apply(Path tmp, String sql, boolean destructive) {
        return new ApplyUseCase().run(request(tmp, sql), ApplyOptions.auto(destructive));
    }
}
