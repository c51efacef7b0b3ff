package dev.syncdb.postgres;

import dev.syncdb.dialect.DialectContext;
import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.Dialects;
import dev.syncdb.dialect.SplitOptions;
import dev.syncdb.engine.session.Session;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** URL handling, connection properties and connecting, on a real PostgreSQL where it needs one. */
class PostgresDialectTest {
    private final PostgresDialect dialect = new PostgresDialect();

    @Test
    void acceptsPostgresSchemesWithOrWithoutJdbcAndIsFoundByTheRegistry() {
        for (String url : new String[]{"postgresql://h/db", "postgres://h/db", "jdbc:postgresql://h/db",
                "JDBC:Postgres://h/db"}) {
            assertThat(dialect.accepts(DatabaseUrl.parse(url))).as(url).isTrue();
            assertThat(Dialects.forUrl(DatabaseUrl.parse(url))).as(url).isInstanceOf(PostgresDialect.class);
        }
        assertThat(dialect.accepts(DatabaseUrl.parse("sqlite:file.db"))).isFalse();
        assertThat(dialect.accepts(DatabaseUrl.parse("mysql://h/db"))).isFalse();
    }

    @Test
    void userInfoUrlBecomesAJdbcUrlWithoutCredentialsPlusProperties() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://alice:s3cr%40t@db.example.com/shop?sslmode=disable");
        assertThat(PostgresConnector.jdbcUrl(url, null)).isEqualTo("jdbc:postgresql://db.example.com:5432/shop");
        Properties p = PostgresConnector.properties(url, DialectContext.system());
        assertThat(p.getProperty("user")).isEqualTo("alice");
        assertThat(p.getProperty("password")).isEqualTo("s3cr@t");
        assertThat(p.getProperty("sslmode")).isEqualTo("disable");
        assertThat(p.getProperty("connectTimeout")).isEqualTo("10");
        assertThat(p.getProperty("loginTimeout")).isEqualTo("10");
        assertThat(p.getProperty("ApplicationName")).isEqualTo("syncdb");
        assertThat(p.getProperty("socketTimeout")).isNull();
    }

    @Test
    void jdbcUrlWithCredentialParametersKeepsThemOutOfTheUrl() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://dbhost:6543/app?user=u&password=p&sslmode=require");
        assertThat(PostgresConnector.jdbcUrl(url, null)).isEqualTo("jdbc:postgresql://dbhost:6543/app");
        Properties p = PostgresConnector.properties(url, DialectContext.system());
        assertThat(p.getProperty("user")).isEqualTo("u");
        assertThat(p.getProperty("password")).isEqualTo("p");
        assertThat(p.getProperty("sslmode")).isEqualTo("require");
        assertThat(PostgresConnector.jdbcUrl(url, "other")).isEqualTo("jdbc:postgresql://dbhost:6543/other");
    }

    @Test
    void defaultsHostPortUserAndDatabaseAndMapsLibpqParameters() {
        DatabaseUrl url = DatabaseUrl.parse(
                "postgresql://?application_name=ci&target_session_attrs=read-write&connect_timeout=3");
        assertThat(PostgresConnector.jdbcUrl(url, null)).isEqualTo("jdbc:postgresql://localhost:5432/postgres");
        Properties p = PostgresConnector.properties(url, DialectContext.system());
        assertThat(p.getProperty("user")).isEqualTo("postgres");
        assertThat(p.getProperty("ApplicationName")).isEqualTo("ci");
        assertThat(p.getProperty("targetServerType")).isEqualTo("primary");
        assertThat(p.getProperty("connectTimeout")).isEqualTo("3");
    }

    @Test
    void connectsToTheEmbeddedServerAndReportsItsVersion() throws SQLException {
        PgFixture fx = new PgFixture();
        try (Connection c = dialect.connect(DatabaseUrl.parse(fx.server.url(fx.db) + "?sslmode=disable"))) {
            assertThat(c.getAutoCommit()).isTrue();
            assertThat(dialect.serverVersion(c)).matches("PostgreSQL \\d+\\.\\d+");
            assertThat(c.getClientInfo("ApplicationName")).isEqualTo("syncdb");
            assertThat(dialect.scriptBatching(c).statementsPerTransaction()).as("sized to the lock table").isPositive();
            assertThat(dialect.scriptBatching(c).statementsPerRoundTrip()).isEqualTo(PostgresDialect.ROUND_TRIP);
        } finally {
            fx.drop();
        }
    }

    @Test
    void unreachableHostFailsWithinFifteenSecondsWithoutShowingThePassword() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://bob:TopSecret99@10.255.255.1:5432/db");
        long start = System.nanoTime();
        Throwable direct = catchThrowable(() -> dialect.connect(url).close());
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        assertThat(direct).isInstanceOf(SQLException.class);
        assertThat(seconds).isLessThan(15);
        assertThat(String.valueOf(direct.getMessage())).doesNotContain("TopSecret99");
        assertThatThrownBy(() -> Session.open(url, null, false)).isInstanceOf(SyncdbException.class)
                .hasMessageStartingWith("cannot connect to postgresql://bob:***@10.255.255.1:5432/db")
                .hasMessageNotContaining("TopSecret99");
    }

    @Test
    void describesItsSqlAndScratchPolicies() {
        assertThat(dialect.name()).isEqualTo("postgresql");
        assertThat(dialect.defaultSchemaName(DatabaseUrl.parse("postgresql://h/db"))).isEqualTo("public");
        assertThat(dialect.splitOptions()).isEqualTo(new SplitOptions(true, true, false, true));
        assertThat(dialect.inspector()).isInstanceOf(PostgresInspector.class);
        assertThat(dialect.diffHooks()).isInstanceOf(PostgresDiffHooks.class);
    }
}
