package dev.syncdb.jpa;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A SHA-256 of what the entities' mapping can depend on in the user's classpath, without loading a
 * class: the bytes of every class scanned under the entity packages, and of every class they name
 * (superclasses, field and generic types, enums, converters, embeddables) and so on transitively,
 * as long as those are in a class directory or in a jar that holds scanned classes (the
 * application's own code). A class in another jar (a library) is not read: that jar counts by its
 * path, size and modification time. Classes outside the user's classpath (the JDK, Jakarta
 * Persistence and Hibernate shipped with syncdb) count through syncdb's version, which callers put
 * in the cache key. Class directories count by content only, so a rebuilt but unchanged module
 * keeps its hash; a change in any class the entities reach changes it.
 */
final class EntityContent {
    private final URLClassLoader loader;
    private final Map<String, Optional<Location>> located = new HashMap<>();
    private final Map<Path, ZipFile> ownJars = new HashMap<>();
    private final Map<String, String> classes = new TreeMap<>();
    private final Set<String> libraries = new TreeSet<>();

    private EntityContent(URLClassLoader loader) {
        this.loader = loader;
    }

    /** What was hashed: the hash, and how many class files and library jars went into it. */
    record Hash(String sha256, int classFiles, int libraryJars) {
    }

    /** The hash of the classes {@code scanned} (binary names) and what they reach through {@code loader}'s own classpath. */
    static Hash of(URLClassLoader loader, List<String> scanned) {
        EntityContent content = new EntityContent(loader);
        try {
            content.walk(scanned);
            return new Hash(content.digest(), content.classes.size(), content.libraries.size());
        } finally {
            content.ownJars.values().forEach(EntityContent::closeQuietly);
        }
    }

    private void walk(List<String> scanned) {
        Deque<String> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        for (String name : scanned) {
            String internal = name.replace('.', '/');
            locate(internal).filter(at -> at.jar() != null).ifPresent(at -> ownJars.computeIfAbsent(at.jar(), EntityContent::open));
            queue.add(internal);
            seen.add(internal);
        }
        while (!queue.isEmpty()) {
            String name = queue.poll();
            byte[] bytes = read(name);
            if (bytes == null) {
                continue;
            }
            classes.put(name, sha256(bytes));
            for (String ref : ClassFileRefs.of(bytes)) {
                if (!platform(ref) && seen.add(ref)) {
                    queue.add(ref);
                }
            }
        }
    }

    /** A class of the JDK: never on the user's classpath, not looked up. */
    private static boolean platform(String internal) {
        return internal.startsWith("java/") || internal.startsWith("jdk/") || internal.startsWith("sun/");
    }

    /** Where a class file is: a directory file or an entry of a jar. */
    private record Location(Path file, Path jar, String entry) {
    }

    private Optional<Location> locate(String internal) {
        return located.computeIfAbsent(internal, this::find);
    }

    private Optional<Location> find(String internal) {
        URL url = loader.findResource(internal + ".class");
        if (url == null) {
            return Optional.empty();
        }
        try {
            if (url.getProtocol().equals("file")) {
                return Optional.of(new Location(Path.of(url.toURI()), null, null));
            }
            if (url.getProtocol().equals("jar")) {
                String spec = url.getFile();
                int bang = spec.indexOf("!/");
                Path jar = Path.of(new URL(spec.substring(0, bang)).toURI());
                return Optional.of(new Location(null, jar, spec.substring(bang + 2)));
            }
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            // an unusual URL: the class does not count
        }
        return Optional.empty();
    }

    /** The class's bytes when it is the application's own code; a library jar is noted instead (null). */
    private byte[] read(String internal) {
        Location at = locate(internal).orElse(null);
        if (at == null) {
            return null;
        }
        try {
            if (at.file() != null) {
                return Files.readAllBytes(at.file());
            }
            ZipFile own = ownJars.get(at.jar());
            if (own == null) {
                libraries.add(at.jar() + " " + Files.size(at.jar()) + " " + Files.getLastModifiedTime(at.jar()).toMillis());
                return null;
            }
            ZipEntry entry = own.getEntry(at.entry());
            try (InputStream in = own.getInputStream(entry)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + internal + ".class: " + e.getMessage(), e);
        }
    }

    private String digest() {
        MessageDigest md = sha();
        classes.forEach((name, hash) -> md.update((name + "=" + hash + "\n").getBytes(StandardCharsets.UTF_8)));
        libraries.forEach(jar -> md.update(("jar " + jar + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(md.digest());
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha().digest(bytes));
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static ZipFile open(Path jar) {
        try {
            return new ZipFile(jar.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + jar + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(ZipFile jar) {
        try {
            jar.close();
        } catch (IOException ignored) {
            // read only: nothing is lost
        }
    }
}
