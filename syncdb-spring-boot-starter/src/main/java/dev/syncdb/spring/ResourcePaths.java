package dev.syncdb.spring;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Spring resource locations ({@code classpath:db/schema.sql}, {@code file:...}, plain paths) as the
 * files syncdb reads: a resource that is a file is used where it is; one inside a jar is copied to a
 * temporary directory under its own name (a directory's files keep their relative names).
 */
final class ResourcePaths {
    private final ResourcePatternResolver resolver;

    ResourcePaths(ResourceLoader loader) {
        this.resolver = ResourcePatternUtils.getResourcePatternResolver(loader);
    }

    /** The schema files at {@code locations}, in order; a location that finds nothing is an error. */
    List<Path> files(List<String> locations) throws IOException {
        List<Path> out = new ArrayList<>();
        Path copies = null;
        for (String location : locations) {
            Resource r = resolver.getResource(location.strip());
            if (!r.exists()) {
                throw new SyncdbStartupException("syncdb.schema: nothing at " + location,
                        "Point syncdb.schema at schema files, e.g. classpath:db/schema.sql.");
            }
            if (r.isFile()) {
                out.add(r.getFile().toPath());
                continue;
            }
            copies = copies != null ? copies : Files.createTempDirectory("syncdb-schema");
            Path copy = copies.resolve(out.size() + "-" + r.getFilename());
            copy(r, copy);
            out.add(copy);
        }
        return out;
    }

    /** The directory at {@code location}: itself when it is one on disk, else a copy of the files under it. */
    Path directory(String location) throws IOException {
        Resource r = resolver.getResource(location.strip());
        if (r.exists() && r.isFile() && r.getFile().isDirectory()) {
            return r.getFile().toPath();
        }
        String base = location.strip().replaceAll("/+$", "");
        Path dir = Files.createTempDirectory("syncdb-migrations");
        String prefix = null;
        for (Resource file : resolver.getResources(base + "/**")) {
            if (!file.isReadable() || file.getFilename() == null || file.getFilename().isEmpty()) {
                continue;
            }
            String url = file.getURL().toString();
            String anchor = base.substring(base.indexOf(':') + 1).replaceAll("^/+", "");
            int at = url.lastIndexOf(anchor);
            prefix = at < 0 ? file.getFilename() : url.substring(at + anchor.length()).replaceAll("^/+", "");
            copy(file, dir.resolve(prefix));
        }
        if (prefix == null) {
            throw new SyncdbStartupException("syncdb.migrations: no files under " + location,
                    "Point syncdb.migrations at the migrations directory, e.g. classpath:db/migrations.");
        }
        return dir;
    }

    private static void copy(Resource r, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (InputStream in = r.getInputStream()) {
            Files.copy(in, to);
        }
    }
}
