package dev.syncdb.postgres;

import dev.syncdb.dialect.CatalogQuery;
import dev.syncdb.model.Schema;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import dev.syncdb.testkit.scenario.PgScenarioDatabases;
import dev.syncdb.testkit.scenario.Scenario;
import dev.syncdb.testkit.scenario.ScenarioDatabases;
import dev.syncdb.testkit.scenario.ScenarioFolders;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two forms of the PostgreSQL catalog queries ({@link PgCatalogScan}: scanning the catalogs whole,
 * or starting from the namespace's pg_depend rows) read the same: for both schemas of every PostgreSQL
 * round-trip scenario (a sixth of them in the build, all with {@code -Dsyncdb.catalogScan.full=true}),
 * every query that has the switch returns the same rows both ways, and the inspector builds equal models.
 */
class PgCatalogScanTest {
    /** The catalog queries with the {@code {{WHOLE_CATALOG_OR}}} switch. */
    private static final List<String> SWITCHED = List.of("aggregates", "columns", "composite_types", "constraints",
            "domains", "enums", "functions", "indexes", "object_deps", "owners", "policies", "privileges",
            "range_types", "sequences", "tables", "triggers", "unsupported", "view_deps", "views");

    private static final PgServer SERVER = PgServers.embedded();
    private static final PgScenarioDatabases DATABASES = PgScenarioDatabases.withCorpusRoles(SERVER);

    /** Every scenario with {@code -Dsyncdb.catalogScan.full=true}; else every sixth, so the build stays short. */
    static Stream<Arguments> scenarios() {
        boolean full = Boolean.getBoolean("syncdb.catalogScan.full");
        List<Scenario> all = ScenarioFolders.load("postgres");
        return IntStream.range(0, all.size()).filter(i -> full || i % 6 == 0).mapToObj(all::get)
                .map(s -> Arguments.of(s.name(), s));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    @Execution(ExecutionMode.CONCURRENT)
    void bothFormsReadTheSame(String name, Scenario scenario) throws SQLException {
        compare(scenario.current());
        compare(scenario.desired());
    }

    @Test
    void theShareDecides() {
        assertThat(PgCatalogScan.wholeCatalog(25, 30_000)).as("one tenant of many").isFalse();
        assertThat(PgCatalogScan.wholeCatalog(10_000, 34_000)).as("one schema holding most").isTrue();
        assertThat(PgCatalogScan.wholeCatalog(0, 0)).isFalse();
    }

    /**
     * pg_class's reltuples lags behind a database that just grew (here still the template's figure): the
     * share is taken against the pages pg_class has now, so a tenant among many new tables keeps the probes.
     */
    @Test
    void aStaleCatalogEstimateDoesNotMakeATenantScanTheCatalog() throws SQLException {
        String db = DATABASES.create();
        try {
            StringBuilder ddl = new StringBuilder("CREATE SCHEMA big; CREATE SCHEMA tenant;");
            for (int i = 0; i < 1200; i++) {
                ddl.append(" CREATE TABLE big.t").append(i).append(" (id int);");
            }
            for (int i = 0; i < 40; i++) {
                ddl.append(" CREATE TABLE tenant.t").append(i).append(" (id int);");
            }
            SERVER.run(db, ddl.toString());
            try (Connection c = SERVER.connect(db)) {
                assertThat(PgCatalogScan.wholeCatalog(c, "tenant")).as("40 tables of 1,240 and more").isFalse();
                assertThat(PgCatalogScan.wholeCatalog(c, "big")).as("1,200 tables of 1,240 and more").isTrue();
            }
        } finally {
            SERVER.dropDatabase(db);
        }
    }

    private static void compare(String sql) throws SQLException {
        String db = DATABASES.create();
        try {
            try {
                DATABASES.load(db, sql);
            } catch (ScenarioDatabases.RejectedSqlException e) {
                return; // a side the server refuses (kept in the corpus for other servers): nothing to read
            }
            try (Connection c = SERVER.connect(db)) {
                try (Statement st = c.createStatement()) {
                    st.execute("SET search_path TO public");
                }
                for (String name : SWITCHED) {
                    assertThat(rows(PostgresInspector.catalog(c, "public", true), name)).as(name)
                            .containsExactlyInAnyOrderElementsOf(rows(PostgresInspector.catalog(c, "public", false), name));
                }
                Schema whole = PostgresInspector.read(PostgresInspector.catalog(c, "public", true));
                Schema owned = PostgresInspector.read(PostgresInspector.catalog(c, "public", false));
                assertThat(whole).isEqualTo(owned);
            }
        } finally {
            SERVER.dropDatabase(db);
        }
    }

    /** The rows of query {@code name}, each as text (arrays by their elements), in the order read. */
    private static List<String> rows(CatalogQuery query, String name) throws SQLException {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> row : query.rows(name)) {
            StringBuilder text = new StringBuilder();
            for (Map.Entry<String, Object> e : row.entrySet()) {
                Object v = e.getValue() instanceof Array a ? Arrays.deepToString((Object[]) a.getArray()) : e.getValue();
                text.append(e.getKey()).append('=').append(v).append(' ');
            }
            out.add(text.toString());
        }
        return out;
    }
}
