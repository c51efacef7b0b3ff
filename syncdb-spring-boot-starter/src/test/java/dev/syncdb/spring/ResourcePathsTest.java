package dev.syncdb.spring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** classpath: locations inside a jar become files syncdb can read; a missing one is a start-up error. */
class ResourcePathsTest {

    @TempDir
    Path dir;

    @Test
    void copiesSchemaFilesAndMigrationDirectoriesOutOfAJar() throws IOException {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // directory entries as jar tools write them (Spring's pattern search starts at the directory)
            out.putNextEntry(new JarEntry("db/"));
            out.closeEntry();
            out.putNextEntry(new JarEntry("db/migrations/"));
            out.closeEntry();
            put(out, "db/schema.sql", "CREATE TABLE a (id int);");
            put(out, "db/migrations/V1__a.sql", "CREATE TABLE a (id int);");
            put(out, "db/migrations/V2__b.sql", "CREATE TABLE b (id int);");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[]{jar.toUri().toURL()}, null)) {
            ResourcePaths paths = new ResourcePaths(new DefaultResourceLoader(loader));

            List<Path> files = paths.files(List.of("classpath:db/schema.sql"));
            assertThat(files).hasSize(1);
            assertThat(files.get(0).getFileName().toString()).endsWith("schema.sql");
            assertThat(Files.readString(files.get(0))).isEqualTo("CREATE TABLE a (id int);");

            Path migrations = paths.directory("classpath:db/migrations");
            try (var listed = Files.list(migrations)) {
                assertThat(listed.map(p -> p.getFileName().toString()).sorted()).containsExactly("V1__a.sql", "V2__b.sql");
            }
            assertThatThrownBy(() -> paths.files(List.of("classpath:db/nothing.sql")))
                    .isInstanceOf(SyncdbStartupException.class).hasMessageContaining("nothing at classpath:db/nothing.sql");
        }
    }

    private static void put(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream o = out;
        o.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
