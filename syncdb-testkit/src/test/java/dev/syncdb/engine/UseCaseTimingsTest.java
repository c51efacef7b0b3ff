package dev.syncdb.engine;

import dev.syncdb.cache.ModelCache;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.apply.ApplyProgress;
import dev.syncdb.engine.apply.CreateTablesUseCase;
import dev.syncdb.engine.desired.SqlFilesSource;
import dev.syncdb.engine.migrate.GenerateMigrationUseCase;
import dev.syncdb.engine.migrate.MigrationDriftUseCase;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.engine.session.Timings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every use case that reads the desired schema records how it did in the request's timings (the
 * cache outcome and the desired schema's phases), as plan and check do: none reads it aside.
 */
class UseCaseTimingsTest {
    private static final String SCHEMA = "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n";

    @Test
    void createTablesRecordsTheDesiredSchemaPhases(@TempDir Path dir) throws Exception {
        SyncRequest request = request(dir);
        new CreateTablesUseCase().run(request, false, ApplyProgress.NONE);
        assertRecorded(request.timings());
    }

    @Test
    void migrationGenerateAndDriftRecordTheDesiredSchemaPhases(@TempDir Path dir) throws Exception {
        Files.createFile(dir.resolve("app.db")); // an empty database (generate leaves no file it created behind)
        SyncRequest generate = request(dir);
        new GenerateMigrationUseCase().run(generate, dir.resolve("migrations"),
                new GenerateMigrationUseCase.Options("init", false, false, Instant.parse("2026-12-03T08:00:00Z")));
        assertRecorded(generate.timings());

        SyncRequest drift = request(dir);
        new MigrationDriftUseCase().run(drift, dir.resolve("migrations"));
        assertThat(drift.timings().facts()).containsEntry("cache", "hit");
    }

    private static SyncRequest request(Path dir) throws Exception {
        Path schema = dir.resolve("schema.sql");
        Files.writeString(schema, SCHEMA);
        DatabaseUrl url = DatabaseUrl.parse("sqlite:" + dir.resolve("app.db"));
        SqlFilesSource source = new SqlFilesSource(List.of(schema), null, new ModelCache(dir.resolve("cache")), "test");
        return new SyncRequest(url, null, source, null, null, new Timings());
    }

    /** A first read: the cache missed, the desired schema was materialized and inspected. */
    private static void assertRecorded(Timings timings) {
        assertThat(timings.facts()).containsEntry("cache", "miss");
        assertThat(timings.phases()).extracting(Timings.Phase::name).contains("cache read", "materialize", "inspect desired");
    }
}
