package dev.syncdb.cache;

import dev.syncdb.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ModelCacheTest {
    @TempDir
    Path tmp;

    private static CacheKey key(String text) {
        return CacheKey.builder().part("dialect", "postgresql").part("server", "PostgreSQL 15.20").part("script", text).build();
    }

    @Test
    void aWrittenEntryIsReadBackAndIgnoredByGit() throws IOException {
        ModelCache cache = new ModelCache(tmp.resolve("cache"));
        CacheKey key = key("CREATE TABLE t (id int);");
        assertThat(cache.read(key).outcome()).isEqualTo("miss");
        assertThat(cache.write(key, ModelCodecTest.sample())).isTrue();
        ModelCache.Lookup hit = new ModelCache(tmp.resolve("cache")).read(key);
        assertThat(hit.hit()).isTrue();
        assertThat(hit.schema()).isEqualTo(ModelCodecTest.sample());
        assertThat(Files.readString(tmp.resolve("cache/.gitignore"))).contains("*");
    }

    @Test
    void notesWrittenWithAnEntryAreReadBackWithIt() {
        ModelCache cache = new ModelCache(tmp.resolve("cache"));
        CacheKey key = key("entities");
        java.util.Map<String, java.util.List<String>> notes = java.util.Map.of("tables", java.util.List.of("a", "b"),
                "rows", java.util.List.of("insert into s values (1)", ""), "none", java.util.List.of());
        assertThat(cache.write(key, ModelCodecTest.sample(), notes)).isTrue();
        ModelCache.Lookup hit = cache.read(key);
        assertThat(hit.schema()).isEqualTo(ModelCodecTest.sample());
        assertThat(hit.notes()).isEqualTo(notes);
        assertThat(cache.read(key("other")).notes()).isEmpty();
    }

    @Test
    void everyPartOfTheKeyCounts() {
        assertThat(key("a")).isEqualTo(key("a")).isNotEqualTo(key("b"));
        assertThat(CacheKey.builder().part("x", "ab").part("y", "c").build())
                .isNotEqualTo(CacheKey.builder().part("x", "a").part("y", "bc").build());
        assertThat(CacheKey.builder().part("x", null).build()).isNotEqualTo(CacheKey.builder().part("x", "").build());
    }

    @Test
    void aCorruptEntryIsIgnoredAndRewritten() throws IOException {
        ModelCache cache = new ModelCache(tmp);
        CacheKey key = key("x");
        cache.write(key, ModelCodecTest.sample());
        Path file = cache.file(key);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(file, bytes);
        ModelCache.Lookup bad = cache.read(key);
        assertThat(bad.hit()).isFalse();
        assertThat(bad.outcome()).contains("checksum mismatch");

        Files.write(file, new byte[]{1, 2, 3});
        assertThat(cache.read(key).outcome()).contains("truncated");

        assertThat(cache.write(key, ModelCodecTest.sample())).isTrue();
        assertThat(cache.read(key).hit()).isTrue();
    }

    @Test
    void anEntryForAnotherKeyIsNeverTrusted() throws IOException {
        ModelCache cache = new ModelCache(tmp);
        CacheKey a = key("a");
        CacheKey b = key("b");
        cache.write(a, ModelCodecTest.sample());
        Files.copy(cache.file(a), cache.file(b));
        assertThat(cache.read(b).outcome()).contains("another key");
    }

    @Test
    void anUnwritableDirectoryIsNotAnError() throws IOException {
        Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");
        ModelCache cache = new ModelCache(file.resolve("cache"));
        assertThat(cache.write(key("a"), Schema.empty("public"))).isFalse();
        assertThat(cache.read(key("a")).hit()).isFalse();
    }
}
