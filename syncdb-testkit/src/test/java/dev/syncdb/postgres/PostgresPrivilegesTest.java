package dev.syncdb.postgres;

import dev.syncdb.SyncdbException;
import dev.syncdb.diff.DiffOptions;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.desired.SqlFilesSource;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.SchemaObject.Kind;
import dev.syncdb.plan.Hazard;
import dev.syncdb.plan.PlanStep;
import dev.syncdb.plan.Statement;
import dev.syncdb.testkit.scenario.PgScenarioDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Privileges on a real PostgreSQL: left out unless asked for, read without the owner's implicit
 * privileges and PostgreSQL's PUBLIC defaults, planned as GRANTs and REVOKEs with their reverses and
 * the SC402 hazard on what a role loses.
 */
class PostgresPrivilegesTest {
    private static final String ACCOUNTS = """
            CREATE TABLE accounts (id integer PRIMARY KEY, name text NOT NULL);
            """;
    private final PgFixture fx = new PgFixture();
    @TempDir
    Path dir;

    @BeforeEach
    void roles() {
        PgScenarioDatabases.withCorpusRoles(fx.server);
    }

    @AfterEach
    void dropDatabase() {
        fx.drop();
    }

    @Test
    void withoutTheOptionPrivilegesAreIgnored() throws Exception {
        fx.sql(ACCOUNTS + "GRANT SELECT, UPDATE ON accounts TO writer;");
        PlanResult plan = plan(ACCOUNTS + "GRANT SELECT ON accounts TO reader;", DiffOptions.DEFAULT);
        assertThat(plan.inSync()).isTrue();
        assertThat(plan.plan().steps()).isEmpty();
    }

    @Test
    void withTheOptionChangedPrivilegesAreGrantedAndRevokedWithReverses() throws Exception {
        fx.sql(ACCOUNTS + "GRANT SELECT, UPDATE ON accounts TO writer; GRANT SELECT ON accounts TO reader WITH GRANT OPTION;");
        PlanResult plan = plan(ACCOUNTS + "GRANT SELECT, INSERT ON accounts TO writer; GRANT SELECT ON accounts TO reader;"
                + "GRANT SELECT (name) ON accounts TO app_user;", DiffOptions.DEFAULT.withPrivileges(true));
        assertThat(sql(plan)).containsExactly(
                "REVOKE GRANT OPTION FOR SELECT ON TABLE accounts FROM reader",
                "REVOKE UPDATE ON TABLE accounts FROM writer",
                "GRANT INSERT ON TABLE accounts TO writer",
                "GRANT SELECT (name) ON TABLE accounts TO app_user");
        PlanStep writer = step(plan, "TABLE accounts TO writer");
        assertThat(writer.reverse()).extracting(Statement::sql).containsExactly(
                "REVOKE INSERT ON TABLE accounts FROM writer", "GRANT UPDATE ON TABLE accounts TO writer");
        assertThat(writer.hazards()).extracting(h -> h.code().code()).containsExactly("SC402");
        assertThat(step(plan, "TABLE accounts TO reader").hazards()).extracting(Hazard::message)
                .containsExactly("revokes a privilege; the role loses access it had (queries or calls it makes may fail):"
                        + " grant option for SELECT ON TABLE accounts from reader");
        assertThat(step(plan, "COLUMN accounts.name TO app_user").hazards()).isEmpty();
    }

    @Test
    void defaultPrivilegesOfTheSchemaArePlannedBehindAlterDefaultPrivileges() throws Exception {
        fx.sql(ACCOUNTS + "ALTER DEFAULT PRIVILEGES FOR ROLE app_user IN SCHEMA public GRANT SELECT ON TABLES TO reader;"
                + "ALTER DEFAULT PRIVILEGES FOR ROLE app_user GRANT USAGE ON TYPES TO writer;");
        assertThat(fx.inspect().objects()).filteredOn(o -> o.kind() == Kind.PRIVILEGE).extracting(SchemaObject::identity)
                .as("global default privileges belong to no schema").containsExactly("future TABLES created by app_user TO reader");
        PlanResult plan = plan(ACCOUNTS + "ALTER DEFAULT PRIVILEGES FOR ROLE app_user IN SCHEMA public"
                + " GRANT SELECT, INSERT ON TABLES TO reader WITH GRANT OPTION;", DiffOptions.DEFAULT.withPrivileges(true));
        assertThat(sql(plan)).containsExactly("ALTER DEFAULT PRIVILEGES FOR ROLE app_user IN SCHEMA public"
                + " GRANT INSERT, SELECT ON TABLES TO reader WITH GRANT OPTION");
        assertThat(step(plan, "future TABLES created by app_user TO reader").reverse()).extracting(Statement::sql)
                .containsExactly(
                        "ALTER DEFAULT PRIVILEGES FOR ROLE app_user IN SCHEMA public REVOKE INSERT ON TABLES FROM reader",
                        "ALTER DEFAULT PRIVILEGES FOR ROLE app_user IN SCHEMA public"
                                + " REVOKE GRANT OPTION FOR SELECT ON TABLES FROM reader");
        assertThat(plan(ACCOUNTS, DiffOptions.DEFAULT).inSync()).as("only compared with --privileges").isTrue();
    }

    @Test
    void theOwnersPrivilegesAndPublicDefaultsAreNoPrivilegeObjects() throws Exception {
        fx.sql(ACCOUNTS + """
                CREATE FUNCTION add_one(n integer) RETURNS integer LANGUAGE sql AS 'SELECT n + 1';
                CREATE TYPE mood AS ENUM ('sad', 'happy');
                GRANT ALL ON accounts TO CURRENT_USER;
                GRANT EXECUTE ON FUNCTION add_one(integer) TO PUBLIC;
                """);
        assertThat(fx.inspect().objects()).noneMatch(o -> o.kind() == Kind.PRIVILEGE);
        fx.sql("REVOKE EXECUTE ON FUNCTION add_one(integer) FROM PUBLIC; GRANT SELECT ON accounts TO reader;");
        assertThat(fx.inspect().objects()).filteredOn(o -> o.kind() == Kind.PRIVILEGE)
                .extracting(SchemaObject::identity, SchemaObject::definition).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("FUNCTION add_one(integer) TO PUBLIC",
                                "ON FUNCTION add_one(integer) TO PUBLIC: none (by default: EXECUTE)"),
                        org.assertj.core.groups.Tuple.tuple("TABLE accounts TO reader", "ON TABLE accounts TO reader: SELECT"));
    }

    @Test
    void ownersTheDesiredSchemaNamesAreSetWithReversesAndAnOwnerLeftUnnamedIsTheApplyingRole() throws Exception {
        fx.sql(ACCOUNTS + """
                ALTER TABLE accounts OWNER TO app_user;
                CREATE SEQUENCE invoice_no;
                ALTER SEQUENCE invoice_no OWNER TO writer;
                CREATE TYPE mood AS ENUM ('sad', 'happy');
                """);
        assertThat(plan(ACCOUNTS + "ALTER TABLE accounts OWNER TO app_user; CREATE SEQUENCE invoice_no;"
                + "ALTER SEQUENCE invoice_no OWNER TO writer; CREATE TYPE mood AS ENUM ('sad', 'happy');",
                DiffOptions.DEFAULT.withPrivileges(true)).inSync()).isTrue();
        String desired = ACCOUNTS + """
                ALTER TABLE accounts OWNER TO admin_role;
                CREATE SEQUENCE invoice_no;
                CREATE TYPE mood AS ENUM ('sad', 'happy');
                ALTER TYPE mood OWNER TO reader;
                """;
        assertThat(plan(desired, DiffOptions.DEFAULT).inSync()).as("without the option owners are not compared").isTrue();
        PlanResult plan = plan(desired, DiffOptions.DEFAULT.withPrivileges(true));
        assertThat(sql(plan)).containsExactlyInAnyOrder(
                "ALTER SEQUENCE invoice_no OWNER TO CURRENT_USER",
                "ALTER TABLE accounts OWNER TO admin_role",
                "ALTER TYPE mood OWNER TO reader");
        PlanStep accounts = step(plan, "TABLE accounts OWNER");
        assertThat(accounts.reverse()).extracting(Statement::sql).containsExactly("ALTER TABLE accounts OWNER TO app_user");
        assertThat(accounts.hazards()).extracting(Hazard::message).containsExactly("revokes a privilege; the role loses"
                + " access it had (queries or calls it makes may fail): ownership of TABLE accounts from app_user");
        assertThat(step(plan, "TYPE mood OWNER").hazards()).isEmpty();

        new ApplyUseCase().run(request(desired, DiffOptions.DEFAULT.withPrivileges(true)), ApplyOptions.auto(true));
        assertThat(new PlanUseCase().run(request(desired, DiffOptions.DEFAULT.withPrivileges(true))).inSync()).isTrue();
        assertThat(fx.scalar(fx.db, "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'accounts'"))
                .isEqualTo("admin_role");
        assertThat(fx.scalar(fx.db, "SELECT pg_get_userbyid(relowner) = current_user FROM pg_class WHERE relname = 'invoice_no'"))
                .isEqualTo("t");
    }

    @Test
    void applyConvergesAndTheSecondPlanIsEmpty() throws Exception {
        fx.sql(ACCOUNTS + "CREATE FUNCTION add_one(n integer) RETURNS integer LANGUAGE sql AS 'SELECT n + 1';");
        String desired = ACCOUNTS + """
                CREATE FUNCTION add_one(n integer) RETURNS integer LANGUAGE sql AS 'SELECT n + 1';
                REVOKE EXECUTE ON FUNCTION add_one(integer) FROM PUBLIC;
                GRANT EXECUTE ON FUNCTION add_one(integer) TO app_user;
                GRANT USAGE ON SCHEMA public TO reader;
                """;
        SyncRequest request = request(desired, DiffOptions.DEFAULT.withPrivileges(true));
        new ApplyUseCase().run(request, ApplyOptions.auto(false));
        assertThat(new PlanUseCase().run(request).inSync()).isTrue();
        assertThat(fx.scalar(fx.db, "SELECT has_function_privilege('app_user', 'add_one(integer)', 'EXECUTE')"))
                .isEqualTo("t");
        assertThat(fx.scalar(fx.db, "SELECT has_function_privilege('writer', 'add_one(integer)', 'EXECUTE')"))
                .isEqualTo("f");
        assertThat(fx.scalar(fx.db, "SELECT has_schema_privilege('reader', 'public', 'USAGE')")).isEqualTo("t");
    }

    private PlanResult plan(String desired, DiffOptions options) throws Exception {
        return new PlanUseCase().run(request(desired, options));
    }

    private SyncRequest request(String desired, DiffOptions options) throws Exception {
        Path file = Files.writeString(dir.resolve("desired.sql"), desired);
        return new SyncRequest(fx.url, null, new SqlFilesSource(List.of(file), null), options);
    }

    private static List<String> sql(PlanResult plan) {
        return plan.plan().steps().stream().flatMap(s -> s.statements().stream()).map(Statement::sql).toList();
    }

    private static PlanStep step(PlanResult plan, String identity) {
        return plan.plan().steps().stream().filter(s -> s.comment().contains(identity)).findFirst()
                .orElseThrow(() -> new AssertionError("no step for " + identity + " in " + plan.plan().steps()));
    }

    static SyncdbException failure(Runnable r) {
        try {
            r.run();
        } catch (SyncdbException e) {
            return e;
        }
        throw new AssertionError("no error");
    }
}
