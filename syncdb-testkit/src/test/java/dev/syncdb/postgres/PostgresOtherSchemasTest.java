package dev.syncdb.postgres;

import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.model.Unsupported;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * syncdb manages one PostgreSQL schema per run: what a desired file creates in another schema is
 * left out and named as a notice (not silently dropped from the comparison), and the target's
 * other schemas, including a table of the same name as a managed one, are never touched.
 */
class PostgresOtherSchemasTest {

    @Test
    void objectsOfOtherSchemasAreNoticesAndTheTargetsOtherSchemasStayAsTheyAre(@TempDir Path tmp) throws Exception {
        PgServer server = PgServers.embedded();
        String db = server.freshDatabase();
        try {
            server.run(db, """
                    CREATE SCHEMA billing;
                    CREATE TABLE billing.orders (id int PRIMARY KEY, note text);
                    INSERT INTO billing.orders VALUES (1, 'kept');
                    """);
            Path desired = PgSync.write(tmp, "schema.sql", """
                    CREATE SCHEMA billing;
                    CREATE TABLE billing.accounts (id int PRIMARY KEY);
                    CREATE FUNCTION billing.balance(a int) RETURNS int LANGUAGE sql AS $$ SELECT a $$;
                    CREATE TABLE orders (id int PRIMARY KEY, account_id int REFERENCES billing.accounts);
                    """);
            PlanResult plan = new PlanUseCase().run(PgSync.request(server, db, desired));
            assertThat(plan.plan().notices()).extracting(Unsupported::kind, Unsupported::name).containsExactly(
                    tuple("function in another schema", "billing.balance(a integer)"),
                    tuple("table in another schema", "billing.accounts"));
            assertThat(plan.plan().notices().get(0).detail()).contains("syncdb manages schema public");

            server.run(db, "CREATE TABLE billing.accounts (id int PRIMARY KEY)");
            new ApplyUseCase().run(PgSync.request(server, db, desired), ApplyOptions.auto(false));
            assertThat(new PlanUseCase().run(PgSync.request(server, db, desired)).plan().isEmpty()).isTrue();
            assertThat(rows(server, db, "SELECT table_schema || '.' || table_name FROM information_schema.tables"
                    + " WHERE table_schema IN ('public', 'billing') ORDER BY 1"))
                    .containsExactly("billing.accounts", "billing.orders", "public.orders");
            assertThat(rows(server, db, "SELECT note FROM billing.orders")).containsExactly("kept");
            assertThat(rows(server, db, "SELECT count(*)::text FROM pg_proc WHERE proname = 'balance'"))
                    .as("the other schema's function is not created").containsExactly("0");
        } finally {
            server.dropDatabase(db);
        }
    }

    private static List<String> rows(PgServer server, String db, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = server.connect(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
