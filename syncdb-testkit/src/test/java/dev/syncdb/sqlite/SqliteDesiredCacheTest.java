package dev.syncdb.sqlite;

import dev.syncdb.cache.ModelCache;
import dev.syncdb.cache.ModelCodec;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.session.Session;
import dev.syncdb.engine.desired.SqlFilesSource;
import dev.syncdb.engine.session.Timings;
import dev.syncdb.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desired-model cache on SQLite: for every scenario schema, the model materialized in memory
 * equals the one read back from the cache on the second load, component by component.
 */
class SqliteDesiredCacheTest {
    private final ModelCodec codec = new ModelCodec();

    @TempDir
    Path tmp;

    @Test
    void everyScenarioSchemaComesBackFromTheCacheExactly() throws Exception {
        Path root = Path.of(getClass().getResource("/scenarios/sqlite").toURI());
        List<Path> files;
        try (Stream<Path> dirs = Files.list(root)) {
            files = dirs.filter(Files::isDirectory).sorted()
                    .flatMap(d -> Stream.of(d.resolve("current.sql"), d.resolve("desired.sql"))).toList();
        }
        ModelCache cache = new ModelCache(tmp.resolve("cache"));
        Path db = tmp.resolve("target.db");
        try (Session s = Session.open(DatabaseUrl.parse("sqlite:" + db), null, true)) {
            for (Path f : files) {
                SqlFilesSource source = new SqlFilesSource(List.of(f), null, cache, "test");
                Timings cold = new Timings();
                Schema materialized = source.load(s, cold);
                Timings hot = new Timings();
                Schema cached = source.load(s, hot);
                assertThat(hot.facts()).as(f.toString()).containsEntry("cache", "hit");
                assertThat(cached).as(f.toString()).isEqualTo(materialized);
                assertThat(codec.encode(cached)).as(f + " (every part)").isEqualTo(codec.encode(materialized));
            }
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(30);
    }
}
