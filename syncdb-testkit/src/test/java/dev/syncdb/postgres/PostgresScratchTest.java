package dev.syncdb.postgres;

import dev.syncdb.dialect.DialectContext;
import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.Scratch;
import dev.syncdb.dialect.ScratchOptions;
import dev.syncdb.engine.desired.ScriptRunner;
import dev.syncdb.model.Schema;
import dev.syncdb.sql.SqlScript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scratch databases and the scratch-schema fallback on a real PostgreSQL. */
class PostgresScratchTest {
    private final PgFixture fx = new PgFixture();
    private final PostgresDialect dialect = new PostgresDialect();

    @AfterEach
    void dropDatabase() {
        fx.drop();
    }

    @Test
    void createsAScratchDatabaseAndDropsItOnClose() throws Exception {
        String name;
        try (PostgresScratch scratch = PostgresScratch.open(fx.url, new ScratchOptions(null, "public"), DialectContext.system())) {
            name = scratch.name();
            assertThat(scratch.isDatabase()).isTrue();
            assertThat(name).matches("syncdb_scratch_[0-9a-f]{12}");
            assertThat(scratch.schemaName()).isEqualTo("public");
            assertThat(scratch.describe()).isEqualTo("scratch database " + name);
            assertThat(query(scratch.connection(), "SELECT current_database()")).isEqualTo(name);
            assertThat(query(scratch.connection(), "SHOW synchronous_commit")).isEqualTo("off");
            assertThat(databaseExists(name)).isTrue();
            exec(scratch.connection(), "CREATE TABLE t (id int PRIMARY KEY)");
            Schema s = dialect.inspector().inspect(scratch.connection(), scratch.schemaName());
            assertThat(s.tables()).extracting(t -> t.name()).containsExactly("t");
        }
        assertThat(databaseExists(name)).isFalse();
        assertThat(fx.inspect().tables()).as("the target is untouched").isEmpty();
    }

    @Test
    void createsAManagedSchemaOtherThanPublicInsideTheScratchDatabase() throws Exception {
        try (Scratch scratch = dialect.openScratch(fx.url, new ScratchOptions(null, "app"))) {
            assertThat(scratch.schemaName()).isEqualTo("app");
            exec(scratch.connection(), "CREATE TABLE t (id int)");
            assertThat(query(scratch.connection(),
                    "SELECT table_schema FROM information_schema.tables WHERE table_name = 't'")).isEqualTo("app");
            assertThat(dialect.inspector().inspect(scratch.connection(), "app").tables()).hasSize(1);
        }
    }

    @Test
    void itsShutdownHookDropsTheDatabaseAndCloseUnregistersIt() throws Exception {
        PostgresScratch scratch = PostgresScratch.open(fx.url, new ScratchOptions(null, "public"), DialectContext.system());
        Thread hook = scratch.shutdownHook();
        assertThat(Runtime.getRuntime().removeShutdownHook(hook)).as("registered while open").isTrue();
        Runtime.getRuntime().addShutdownHook(hook);
        hook.run();
        assertThat(databaseExists(scratch.name())).as("dropped as on Ctrl-C").isFalse();
        scratch.close();
        assertThat(Runtime.getRuntime().removeShutdownHook(hook)).as("unregistered by close").isFalse();
    }

    @Test
    void dropsTheScratchDatabaseAfterFailingSql() throws Exception {
        String[] name = new String[1];
        assertThatThrownBy(() -> {
            try (PostgresScratch scratch = PostgresScratch.open(fx.url, new ScratchOptions(null, "public"), DialectContext.system())) {
                name[0] = scratch.name();
                ScriptRunner.forScratch(dialect, scratch.connection()).run(scratch.connection(),
                        List.of(new SqlScript("schema.sql", "CREATE TABLE ok (a int);\nCREATE TABLE bad (a nosuchtype);\n")));
            }
        }).isInstanceOf(SyncdbException.class).hasMessageContaining("schema.sql:2").hasMessageContaining("nosuchtype");
        assertThat(name[0]).isNotNull();
        assertThat(databaseExists(name[0])).isFalse();
    }

    @Test
    void usesTheDevUrlServerInsteadOfTheTarget() throws Exception {
        DatabaseUrl unreachableTarget = DatabaseUrl.parse("postgresql://nobody@127.0.0.1:1/nothing");
        try (PostgresScratch scratch = PostgresScratch.open(unreachableTarget, new ScratchOptions(fx.url, "public"), DialectContext.system())) {
            assertThat(scratch.isDatabase()).isTrue();
            assertThat(databaseExists(scratch.name())).isTrue();
        }
    }

    @Test
    void fallsBackToAScratchSchemaWhenTheRoleCannotCreateDatabases() throws Exception {
        String role = "nocreate_" + fx.db;
        fx.sql("CREATE ROLE " + role + " LOGIN PASSWORD 'pw' NOCREATEDB; GRANT CREATE ON DATABASE " + fx.db
                + " TO " + role);
        DatabaseUrl url = DatabaseUrl.parse(fx.server.url(fx.db).replace("://postgres@", "://" + role + ":pw@"));
        String name;
        try (PostgresScratch scratch = PostgresScratch.open(url, new ScratchOptions(null, "public"), DialectContext.system())) {
            name = scratch.name();
            assertThat(scratch.isDatabase()).isFalse();
            assertThat(scratch.schemaName()).isEqualTo(name);
            assertThat(scratch.describe()).isEqualTo("scratch schema " + name);
            assertThat(query(scratch.connection(), "SELECT current_database()")).isEqualTo(fx.db);
            exec(scratch.connection(), "CREATE TABLE t (id int)");
            assertThat(fx.scalar(fx.db, "SELECT count(*) FROM pg_namespace WHERE nspname = '" + name + "'")).isEqualTo("1");
            assertThat(dialect.inspector().inspect(scratch.connection(), name).tables()).hasSize(1);
        }
        assertThat(fx.scalar(fx.db, "SELECT count(*) FROM pg_namespace WHERE nspname = '" + name + "'")).isEqualTo("0");
        assertThat(fx.inspect().tables()).as("nothing leaked into public").isEmpty();
        fx.sql("REVOKE CREATE ON DATABASE " + fx.db + " FROM " + role);
        fx.server.run("postgres", "DROP ROLE " + role);
    }

    private boolean databaseExists(String name) throws Exception {
        return "1".equals(fx.scalar("postgres", "SELECT count(*) FROM pg_database WHERE datname = '" + name + "'"));
    }

    private static String query(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void exec(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
