package dev.syncdb.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The schema of a real open-source application, from a directory under {@code apps/}: its schema
 * ({@code full.sql}), a realistic next version of it ({@code edited.sql}) and rows to load into the
 * first before moving to the second ({@code rows.sql}). The directory's README names the source.
 */
record AppSchema(String name, String full, String edited, String rows) {

    static final String ROOT = "apps";

    /** Every application under {@code apps} on the test class path, in name order. */
    static List<AppSchema> loadAll() {
        URL url = AppSchema.class.getClassLoader().getResource(ROOT);
        if (url == null) {
            throw new IllegalStateException("no " + ROOT + " on the test class path");
        }
        try (Stream<Path> dirs = Files.list(Path.of(url.toURI()))) {
            return dirs.filter(Files::isDirectory).sorted().map(AppSchema::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static AppSchema load(Path dir) {
        return new AppSchema(dir.getFileName().toString(), read(dir.resolve("full.sql")),
                read(dir.resolve("edited.sql")), read(dir.resolve("rows.sql")));
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("application schema file missing: " + f, e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
