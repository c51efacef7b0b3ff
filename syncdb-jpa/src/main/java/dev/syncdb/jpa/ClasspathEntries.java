package dev.syncdb.jpa;

import dev.syncdb.SyncdbException;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The user's classpath entries made concrete: {@code dir/*} becomes every jar in {@code dir} (in
 * name order, as {@code java -cp} does), and an entry that does not exist is an error naming it.
 */
final class ClasspathEntries {

    private ClasspathEntries() {
    }

    /** Expands wildcards and checks every entry exists. */
    static List<Path> expand(List<Path> entries) {
        List<Path> out = new ArrayList<>();
        for (Path entry : entries) {
            Path name = entry.getFileName();
            if (name != null && name.toString().equals("*")) {
                out.addAll(jarsIn(entry.getParent() == null ? Path.of(".") : entry.getParent()));
            } else if (Files.exists(entry)) {
                out.add(entry.toAbsolutePath().normalize());
            } else {
                throw SyncdbException.error("classpath entry not found: " + entry);
            }
        }
        return out;
    }

    static URL[] toUrls(List<Path> entries) {
        URL[] urls = new URL[entries.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = entries.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw SyncdbException.error("not a usable classpath entry: " + entries.get(i));
            }
        }
        return urls;
    }

    private static List<Path> jarsIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw SyncdbException.error("classpath directory not found: " + dir);
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase().endsWith(".jar"))
                    .map(f -> f.toAbsolutePath().normalize()).sorted().toList();
        } catch (IOException e) {
            throw SyncdbException.error("cannot list classpath directory " + dir + ": " + e.getMessage());
        }
    }
}
