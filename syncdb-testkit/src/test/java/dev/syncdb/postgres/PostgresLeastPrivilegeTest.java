package dev.syncdb.postgres;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.desired.SqlFilesSource;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.model.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A role that may only connect and read the catalog: plan and check work (the desired schema is built
 * on {@code --dev-url}); apply stops before changing anything, one line per missing privilege, and
 * goes through once the role has them.
 */
class PostgresLeastPrivilegeTest {
    private final PgFixture fx = new PgFixture();
    private final String role = "app_ro_" + fx.db;

    @TempDir
    Path tmp;

    @AfterEach
    void cleanUp() {
        fx.server.dropDatabase(fx.db);
        fx.server.run("postgres", "DROP ROLE IF EXISTS " + role);
    }

    @Test
    void readOnlyRolePlansButCannotApplyAndNothingChanges() throws Exception {
        fx.sql("""
                CREATE TABLE accounts (id int PRIMARY KEY, name text);
                CREATE TABLE canary (id int PRIMARY KEY, note text);
                INSERT INTO canary VALUES (1, 'still here');
                REVOKE CREATE ON SCHEMA public FROM PUBLIC;
                CREATE ROLE %1$s LOGIN;
                GRANT CONNECT ON DATABASE %2$s TO %1$s;
                """.formatted(role, fx.db));
        Path schema = PgSync.write(tmp, "schema.sql", """
                CREATE TABLE accounts (id int PRIMARY KEY, name text, email text);
                CREATE TABLE canary (id int PRIMARY KEY, note text);
                CREATE TABLE orders (id int PRIMARY KEY, account_id int CONSTRAINT orders_account REFERENCES accounts (id));
                """);
        DatabaseUrl asRole = DatabaseUrl.parse("postgresql://" + role + "@localhost:" + port() + "/" + fx.db);
        DatabaseUrl dev = DatabaseUrl.parse(fx.server.url("postgres"));
        SyncRequest request = new SyncRequest(asRole, null, new SqlFilesSource(List.of(schema), dev), null);
        Schema before = fx.inspect();

        PlanResult planned = new PlanUseCase().run(request);
        assertThat(planned.inSync()).isFalse();
        assertThat(planned.plan().statements().stream().map(st -> st.sql()).toList().toString()).contains("CREATE TABLE orders").contains("ADD COLUMN email text");

        SyncdbException refused = catchThrowableOfType(() -> new ApplyUseCase().run(request, ApplyOptions.auto(false)),
                SyncdbException.class);
        assertThat(refused).isNotNull();
        assertThat(refused.getMessage()).doesNotContain("\n")
                .contains("permission denied: CREATE on schema public for role " + role + " (to create table orders)")
                .contains("permission denied: ownership of table public.accounts (owner postgres) for role " + role)
                .contains("permission denied: REFERENCES on table public.accounts for role " + role
                        + " (foreign key orders_account)")
                .endsWith("nothing was changed");
        assertThat(PgSync.diff(fx.server, fx.db, before, fx.inspect())).isEmpty();
        try (var c = fx.connect(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT note FROM canary WHERE id = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        }

        fx.sql("GRANT CREATE ON SCHEMA public TO " + role + "; ALTER TABLE accounts OWNER TO " + role);
        ApplyResult applied = new ApplyUseCase().run(request, ApplyOptions.auto(false));
        assertThat(applied.outcome()).isEqualTo(ApplyResult.Outcome.APPLIED);
        assertThat(PgFixture.table(fx.inspect(), "orders").columns()).hasSize(2);
    }

    @Test
    void withoutADevUrlAReadOnlyRoleIsToldWhereToBuildTheDesiredSchema() {
        fx.sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC; CREATE ROLE %1$s LOGIN; GRANT CONNECT ON DATABASE %2$s TO %1$s"
                .formatted(role, fx.db));
        Path schema = PgSync.write(tmp, "schema.sql", "CREATE TABLE t (id int);");
        DatabaseUrl asRole = DatabaseUrl.parse("postgresql://" + role + "@localhost:" + port() + "/" + fx.db);
        SyncdbException e = catchThrowableOfType(() -> new PlanUseCase().run(
                new SyncRequest(asRole, null, new SqlFilesSource(List.of(schema), null), null)), SyncdbException.class);
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n").contains("give --dev-url");
    }

    private int port() {
        return Integer.parseInt(fx.server.jdbcUrl("x").replaceAll(".*:(\\d+)/x$", "$1"));
    }
}
