package dev.syncdb.postgres;

import dev.syncdb.dialect.Namespaces;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.plan.HazardCode;
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

import static dev.syncdb.postgres.PgRows.one;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Objects that move between two managed schemas ({@code app} first, {@code billing} second) on the
 * embedded server: a table with rows (its serial sequence, index, keys and a foreign key of another
 * table pointing at it go along), the enum type its column uses, a view and a function move by SET
 * SCHEMA instead of a drop and a create, keep their rows, and converge; and back again.
 */
class PostgresNamespaceMovesTest {
    private static final String NAMESPACES = Namespaces.join(List.of("app", "billing"));

    /** Everything in app. */
    private static final String IN_APP = """
            CREATE SCHEMA billing;
            CREATE TYPE state AS ENUM ('open', 'paid');
            CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
            CREATE TABLE orders (
                id serial PRIMARY KEY,
                customer_id bigint NOT NULL REFERENCES customers (id),
                state state NOT NULL DEFAULT 'open',
                amount numeric(10, 2) NOT NULL CHECK (amount >= 0)
            );
            CREATE INDEX orders_customer ON orders (customer_id);
            CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
            CREATE TABLE order_lines (order_id int NOT NULL REFERENCES orders (id), qty positive NOT NULL);
            CREATE SEQUENCE invoice_numbers START 1000;
            CREATE VIEW customer_names AS SELECT name FROM customers;
            CREATE FUNCTION doubled(a numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT a * 2';
            """;

    /** The orders table, its enum type, the domain, the sequence, the view and the function moved to billing. */
    private static final String IN_BILLING = """
            CREATE SCHEMA billing;
            CREATE TYPE billing.state AS ENUM ('open', 'paid');
            CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
            CREATE TABLE billing.orders (
                id serial PRIMARY KEY,
                customer_id bigint NOT NULL REFERENCES customers (id),
                state billing.state NOT NULL DEFAULT 'open',
                amount numeric(10, 2) NOT NULL CHECK (amount >= 0)
            );
            CREATE INDEX orders_customer ON billing.orders (customer_id);
            CREATE DOMAIN billing.positive AS integer CHECK (VALUE > 0);
            CREATE TABLE order_lines (order_id int NOT NULL REFERENCES billing.orders (id), qty billing.positive NOT NULL);
            CREATE SEQUENCE billing.invoice_numbers START 1000;
            CREATE VIEW billing.customer_names AS SELECT name FROM customers;
            CREATE FUNCTION billing.doubled(a numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT a * 2';
            """;

    private final PgServer server = PgServers.embedded();
    private String db;

    @TempDir
    Path tmp;

    @BeforeEach
    void database() {
        db = server.freshDatabase();
        server.run(db, "CREATE SCHEMA app");
    }

    @AfterEach
    void drop() {
        server.dropDatabase(db);
    }

    /**
     * An aggregate moves by SET SCHEMA when its definition is otherwise the same (its state function
     * stays where it is); one whose state function moves too reads differently and is dropped and
     * created, which converges as well.
     */
    @Test
    void anAggregateMovesAndBack() throws Exception {
        String inApp = """
                CREATE SCHEMA billing;
                CREATE AGGREGATE total(numeric) (SFUNC = numeric_add, STYPE = numeric, INITCOND = '0');
                """;
        String inBilling = """
                CREATE SCHEMA billing;
                CREATE AGGREGATE billing.total(numeric) (SFUNC = numeric_add, STYPE = numeric, INITCOND = '0');
                """;
        apply(inApp);
        PlanResult forward = plan(inBilling);
        assertThat(forward.plan().statements()).extracting(s -> s.sql()).as(forward.plan().statements().toString())
                .containsExactly("ALTER AGGREGATE total(numeric) SET SCHEMA billing");
        apply(inBilling);
        assertThat(plan(inBilling).plan().isEmpty()).as(plan(inBilling).plan().statements().toString()).isTrue();
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT billing.total(x)::text FROM (VALUES (1), (2.5)) v (x)")).isEqualTo("3.5");
        }
        assertThat(plan(inApp).plan().statements()).extracting(s -> s.sql())
                .containsExactly("ALTER AGGREGATE billing.total(numeric) SET SCHEMA app");
        apply(inApp);
        assertThat(plan(inApp).plan().isEmpty()).as(plan(inApp).plan().statements().toString()).isTrue();
    }

    @Test
    void aTableWithRowsItsEnumAViewAndAFunctionMoveToTheOtherSchemaAndBack() throws Exception {
        apply(IN_APP);
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            st.execute("INSERT INTO app.customers VALUES (1, 'ada')");
            st.execute("INSERT INTO app.orders (customer_id, state, amount) VALUES (1, 'paid', 12.50), (1, 'open', 7.25)");
            st.execute("INSERT INTO app.order_lines VALUES (1, 3)");
            st.execute("SELECT nextval('app.invoice_numbers')");
        }

        PlanResult forward = plan(IN_BILLING);
        assertThat(forward.plan().statements()).extracting(s -> s.sql()).as(forward.plan().statements().toString())
                .containsExactlyInAnyOrder("ALTER TABLE orders SET SCHEMA billing", "ALTER TYPE state SET SCHEMA billing",
                        "ALTER VIEW customer_names SET SCHEMA billing", "ALTER FUNCTION doubled(a numeric) SET SCHEMA billing",
                        "ALTER DOMAIN positive SET SCHEMA billing", "ALTER SEQUENCE invoice_numbers SET SCHEMA billing");
        assertThat(forward.plan().destructiveSteps()).isEmpty();
        PlanStep table = forward.plan().steps().stream().filter(s -> s.comment().equals("move table orders to billing.orders"))
                .findFirst().orElseThrow();
        assertThat(table.hazards()).extracting(h -> h.code()).containsExactly(HazardCode.MOVED_SCHEMA, HazardCode.EXCLUSIVE_LOCK);
        assertThat(table.reverse()).extracting(s -> s.sql()).containsExactly("ALTER TABLE billing.orders SET SCHEMA app");

        apply(IN_BILLING);
        assertThat(plan(IN_BILLING).plan().isEmpty()).as(plan(IN_BILLING).plan().statements().toString()).isTrue();
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT string_agg(id || ':' || state || ':' || amount, ',' ORDER BY id) FROM billing.orders"))
                    .isEqualTo("1:paid:12.50,2:open:7.25");
            st.execute("INSERT INTO billing.orders (customer_id, amount) VALUES (1, 1)");
            assertThat(one(st, "SELECT max(id)::text FROM billing.orders")).as("the serial's sequence moved with its value")
                    .isEqualTo("3");
            assertThat(one(st, "SELECT count(*)::text FROM app.order_lines")).isEqualTo("1");
            assertThat(one(st, "SELECT billing.doubled(2)::text")).isEqualTo("4");
            assertThat(one(st, "SELECT name FROM billing.customer_names")).isEqualTo("ada");
            assertThat(one(st, "SELECT nextval('billing.invoice_numbers')::text")).as("the sequence kept its value")
                    .isEqualTo("1001");
        }

        PlanResult back = plan(IN_APP);
        assertThat(back.plan().statements()).extracting(s -> s.sql()).as(back.plan().statements().toString())
                .containsExactlyInAnyOrder("ALTER TABLE billing.orders SET SCHEMA app", "ALTER TYPE billing.state SET SCHEMA app",
                        "ALTER VIEW billing.customer_names SET SCHEMA app",
                        "ALTER FUNCTION billing.doubled(a numeric) SET SCHEMA app",
                        "ALTER DOMAIN billing.positive SET SCHEMA app", "ALTER SEQUENCE billing.invoice_numbers SET SCHEMA app");
        apply(IN_APP);
        assertThat(plan(IN_APP).plan().isEmpty()).as(plan(IN_APP).plan().statements().toString()).isTrue();
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT count(*)::text FROM app.orders")).isEqualTo("3");
            assertThat(one(st, "SELECT string_agg(o.id::text, ',') FROM app.orders o JOIN app.order_lines l ON l.order_id = o.id"))
                    .isEqualTo("1");
        }
    }

    /** A moved table that also gains a column and an index: the move, then its alterations; a view over it is re-created. */
    @Test
    void aTableThatMovesAndChangesIsMovedThenAltered() throws Exception {
        String withView = IN_APP + "CREATE VIEW paid AS SELECT id, amount FROM orders WHERE state = 'paid';\n";
        apply(withView);
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            st.execute("INSERT INTO app.customers VALUES (1, 'ada')");
            st.execute("INSERT INTO app.orders (customer_id, state, amount) VALUES (1, 'paid', 12.50)");
        }
        String changed = IN_BILLING.replace("CHECK (amount >= 0)\n", "CHECK (amount >= 0),\n    note text\n")
                + "CREATE INDEX orders_state ON billing.orders (state);\n"
                + "CREATE VIEW paid AS SELECT id, amount FROM billing.orders WHERE state = 'paid';\n";
        List<String> sql = plan(changed).plan().statements().stream().map(s -> s.sql()).toList();
        assertThat(sql).as(sql.toString()).contains("ALTER TABLE orders SET SCHEMA billing",
                "ALTER TABLE billing.orders ADD COLUMN note text", "CREATE INDEX orders_state ON billing.orders (state)");
        assertThat(sql.indexOf("ALTER TABLE orders SET SCHEMA billing"))
                .isLessThan(sql.indexOf("ALTER TABLE billing.orders ADD COLUMN note text"));
        assertThat(sql).noneMatch(s -> s.startsWith("DROP TABLE") || s.startsWith("CREATE TABLE"));

        apply(changed);
        assertThat(plan(changed).plan().isEmpty()).as(plan(changed).plan().statements().toString()).isTrue();
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT amount::text FROM app.paid")).isEqualTo("12.50");
        }
        assertThat(plan(withView).plan().destructiveSteps()).as("back: the move, and the new column is dropped")
                .extracting(PlanStep::comment).containsExactly("drop column orders.note");
        new ApplyUseCase().run(request(withView), ApplyOptions.auto(true));
        assertThat(plan(withView).plan().isEmpty()).as(plan(withView).plan().statements().toString()).isTrue();
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT amount::text FROM app.orders")).isEqualTo("12.50");
        }
    }

    /** A table with a trigger moves (not a drop and a create), converges, and the trigger fires where it went. */
    @Test
    void aTableWithATriggerMovesAndConverges() throws Exception {
        String trigger = """
                CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.amount := abs(NEW.amount); RETURN NEW; END $$;
                CREATE TRIGGER orders_touch BEFORE INSERT ON %s FOR EACH ROW EXECUTE FUNCTION touch();
                """;
        String before = IN_APP + trigger.formatted("orders");
        String after = IN_BILLING.replace("CREATE FUNCTION billing.doubled", "CREATE FUNCTION doubled")
                .replace("CREATE VIEW billing.customer_names", "CREATE VIEW customer_names")
                .replace("CREATE DOMAIN billing.positive", "CREATE DOMAIN positive").replace("qty billing.positive", "qty positive")
                .replace("CREATE SEQUENCE billing.invoice_numbers", "CREATE SEQUENCE invoice_numbers")
                .replace("CREATE TYPE billing.state", "CREATE TYPE state").replace("state billing.state", "state state")
                + trigger.formatted("billing.orders");
        apply(before);
        server.run(db, "INSERT INTO app.customers VALUES (1, 'ada'); INSERT INTO app.orders (customer_id, amount) VALUES (1, -5)");
        List<String> sql = plan(after).plan().statements().stream().map(s -> s.sql()).toList();
        assertThat(sql).as(sql.toString()).contains("ALTER TABLE orders SET SCHEMA billing")
                .noneMatch(s -> s.startsWith("DROP TABLE"));
        apply(after);
        assertThat(plan(after).plan().isEmpty()).as(plan(after).plan().statements().toString()).isTrue();
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            st.execute("INSERT INTO billing.orders (customer_id, amount) VALUES (1, -7)");
            assertThat(one(st, "SELECT string_agg(amount::text, ',' ORDER BY id) FROM billing.orders")).isEqualTo("5.00,7.00");
        }
    }

    /** A table moves into a managed schema the same plan creates: the schema comes first. */
    @Test
    void aTableMovesIntoASchemaThePlanCreates() throws Exception {
        String three = Namespaces.join(List.of("app", "billing", "archive"));
        new ApplyUseCase().run(PgSync.request(server, db, three, tmp, IN_APP, null), ApplyOptions.auto(false));
        server.run(db, "INSERT INTO app.customers VALUES (1, 'ada'); INSERT INTO app.orders (customer_id, amount) VALUES (1, 5);"
                + " INSERT INTO app.order_lines VALUES (1, 2)");
        String archived = IN_APP.replace("CREATE TABLE order_lines", "CREATE SCHEMA archive;\nCREATE TABLE archive.order_lines");
        PlanResult planned = new PlanUseCase().run(PgSync.request(server, db, three, tmp, archived, null));
        assertThat(planned.plan().statements()).extracting(s -> s.sql())
                .containsExactly("CREATE SCHEMA archive", "ALTER TABLE order_lines SET SCHEMA archive");
        new ApplyUseCase().run(PgSync.request(server, db, three, tmp, archived, null), ApplyOptions.auto(false));
        assertThat(new PlanUseCase().run(PgSync.request(server, db, three, tmp, archived, null)).plan().isEmpty()).isTrue();
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT qty::text FROM archive.order_lines")).isEqualTo("2");
        }
    }

    private SyncRequest request(String sql) {
        return PgSync.request(server, db, NAMESPACES, tmp, sql, null);
    }

    private PlanResult plan(String sql) {
        return new PlanUseCase().run(request(sql));
    }

    private ApplyResult apply(String sql) {
        return new ApplyUseCase().run(request(sql), ApplyOptions.auto(false));
    }
}
