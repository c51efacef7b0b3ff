package dev.syncdb.postgres;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.session.Session;
import dev.syncdb.engine.desired.SqlFilesSource;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.model.Schema;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine on every other supported PostgreSQL major (13, 14, 15, 16, 18; 17 is the default
 * embedded server of the other suites): the 22-table example schema goes from version 1 to version 2
 * and back, converging each way, on a real server of that major.
 */
class PostgresVersionsTest {
    private static final Path EXAMPLES = Path.of("..", "examples", "postgres");

    static Stream<Path> binaries() throws IOException {
        Path dir = Path.of(System.getProperty("syncdb.pgBinaries", "target/pg-binaries"));
        assertThat(dir).as("PostgreSQL binaries copied by the build").isDirectory();
        List<Path> jars;
        try (Stream<Path> s = Files.list(dir)) {
            jars = s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
        assertThat(jars).hasSize(5);
        return jars.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binaries")
    void exampleSchemaConvergesBothWays(Path jar) throws Exception {
        String major = jar.getFileName().toString().replaceAll(".*-(\\d+)\\.\\d+\\.\\d+\\.jar", "$1");
        try (PgServers.Started started = PgServers.start("pg" + major, jar)) {
            PgServer server = started.server();
            String db = server.freshDatabase();
            DatabaseUrl url = DatabaseUrl.parse(server.url(db));
            ApplyResult v1 = apply(url, "v1.sql");
            assertThat(v1.planned().serverVersion()).startsWith("PostgreSQL " + major + ".");
            assertThat(v1.planned().plan().steps()).hasSizeGreaterThan(40);
            server.run(db, "INSERT INTO users (email) VALUES ('a@example.com'), ('b@example.com')");
            assertThat(apply(url, "v2.sql").outcome()).isEqualTo(ApplyResult.Outcome.APPLIED);
            assertThat(planIsEmpty(url, "v2.sql")).isTrue();
            assertThat(apply(url, "v1.sql").outcome()).isEqualTo(ApplyResult.Outcome.APPLIED);
            assertThat(planIsEmpty(url, "v1.sql")).isTrue();
            try (Session s = Session.open(url, null, false)) {
                Schema after = s.inspect();
                assertThat(after.tables()).hasSize(22);
                assertThat(after.table("users").orElseThrow().column("email").orElseThrow().type().sql())
                        .isEqualTo("character varying(100)");
            }
        }
    }

    private static ApplyResult apply(DatabaseUrl url, String file) {
        return new ApplyUseCase().run(request(url, file), ApplyOptions.auto(true));
    }

    private static boolean planIsEmpty(DatabaseUrl url, String file) {
        return new PlanUseCase().run(request(url, file)).plan().isEmpty();
    }

    private static SyncRequest request(DatabaseUrl url, String file) {
        return new SyncRequest(url, null, new SqlFilesSource(List.of(EXAMPLES.resolve(file)), null), null);
    }
}
