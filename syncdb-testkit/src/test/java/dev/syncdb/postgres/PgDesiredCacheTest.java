package dev.syncdb.postgres;

import dev.syncdb.cache.ModelCache;
import dev.syncdb.cache.ModelCodec;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.session.Session;
import dev.syncdb.engine.desired.SqlFilesSource;
import dev.syncdb.engine.session.Timings;
import dev.syncdb.model.Schema;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import dev.syncdb.testkit.scenario.Scenario;
import dev.syncdb.testkit.scenario.ScenarioFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desired-model cache on PostgreSQL: every scenario schema, inspected, comes back from the
 * codec exactly; through the engine, a second load of an unchanged schema is a cache hit equal to
 * the materialized model, and a changed schema or a corrupt entry is materialized again.
 */
class PgDesiredCacheTest {
    private static final Path EXAMPLES = Path.of("..", "examples", "postgres");
    private final ModelCodec codec = new ModelCodec();

    @TempDir
    Path tmp;

    @Test
    void everyScenarioSchemaSurvivesTheCodec() throws Exception {
        PgServer server = PgServers.embedded();
        String db = server.freshDatabase();
        List<String> failed = new ArrayList<>();
        int checked = 0;
        try (Connection c = server.connect(db)) {
            int i = 0;
            for (Scenario s : ScenarioFolders.all("postgres")) {
                for (String sql : List.of(s.current(), s.desired())) {
                    String ns = "rt_" + i++;
                    if (!load(c, ns, sql)) {
                        failed.add(s.name());
                        continue;
                    }
                    Schema inspected = new PostgresInspector().inspect(c, ns);
                    byte[] bytes = codec.encode(inspected);
                    Schema back = codec.decode(bytes);
                    assertThat(back).as(s.name()).isEqualTo(inspected);
                    assertThat(codec.encode(back)).as(s.name() + " (every part)").isEqualTo(bytes);
                    checked++;
                }
            }
        } finally {
            server.dropDatabase(db);
        }
        // a few scenarios name the public schema or create database-wide objects: they are left out here
        assertThat(checked).as("schemas checked; left out: " + failed).isGreaterThan(150);
    }

    /** Runs a scenario's SQL in its own namespace; false when it does not run there. */
    private static boolean load(Connection c, String ns, String sql) {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + ns);
            st.execute("SET search_path TO " + ns);
            if (!sql.isBlank()) {
                st.execute(sql);
            }
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void anUnchangedSchemaIsReadFromTheCache() throws Exception {
        PgServer server = PgServers.embedded();
        String db = server.freshDatabase();
        Path schema = Files.copy(EXAMPLES.resolve("v2.sql"), tmp.resolve("schema.sql"));
        ModelCache cache = new ModelCache(tmp.resolve("cache"));
        SqlFilesSource source = new SqlFilesSource(List.of(schema), null, cache, "test");
        try (Session s = Session.open(DatabaseUrl.parse(server.url(db)), null, false)) {
            Timings cold = new Timings();
            Schema materialized = source.load(s, cold);
            assertThat(cold.facts()).containsEntry("cache", "miss");
            assertThat(cold.phases()).extracting(Timings.Phase::name).contains("materialize", "inspect desired");

            Timings hot = new Timings();
            Schema cached = source.load(s, hot);
            assertThat(hot.facts()).containsEntry("cache", "hit");
            assertThat(hot.phases()).extracting(Timings.Phase::name).doesNotContain("materialize");
            assertThat(cached).isEqualTo(materialized);
            assertThat(codec.encode(cached)).isEqualTo(codec.encode(materialized));
            assertThat(materialized.tables()).hasSizeGreaterThan(10);

            Files.writeString(schema, Files.readString(schema) + "\nCREATE TABLE added_later (id int);\n");
            Timings changed = new Timings();
            assertThat(source.load(s, changed).table("added_later")).isPresent();
            assertThat(changed.facts()).containsEntry("cache", "miss");

            try (var files = Files.list(cache.dir())) {
                for (Path f : files.filter(p -> p.toString().endsWith(".model")).toList()) {
                    Files.write(f, new byte[]{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
                            21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47});
                }
            }
            Timings corrupt = new Timings();
            assertThat(source.load(s, corrupt).table("added_later")).isPresent();
            assertThat(corrupt.facts().get("cache")).startsWith("miss (entry ignored");
            assertThat(corrupt.phases()).extracting(Timings.Phase::name).contains("materialize", "cache write");
            Timings again = new Timings();
            source.load(s, again);
            assertThat(again.facts()).containsEntry("cache", "hit");
        } finally {
            server.dropDatabase(db);
        }
    }
}
