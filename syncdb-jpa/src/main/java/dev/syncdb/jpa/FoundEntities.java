package dev.syncdb.jpa;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the classpath scan found, read from bytecode without loading a class: the {@code @Entity}
 * class names, the names of the classes Hibernate needs with them ({@code @MappedSuperclass},
 * {@code @Embeddable}, {@code @Converter}), every class under the scanned packages, and the class
 * loader over the user's classpath that will load them. Closing it closes that loader when it owns
 * it (the isolated loader over {@code --classpath}).
 */
record FoundEntities(List<String> entityNames, List<String> supportingNames, List<String> scannedNames,
                     ClassLoader loader, boolean ownsLoader) implements AutoCloseable {

    FoundEntities {
        entityNames = entityNames.stream().sorted().toList();
        supportingNames = supportingNames.stream().sorted().toList();
        scannedNames = scannedNames.stream().sorted().toList();
    }

    /** The distinct packages of the entity classes, sorted. */
    List<String> packages() {
        return List.copyOf(new TreeSet<>(entityNames.stream().map(FoundEntities::packageOf).toList()));
    }

    /**
     * The hash of the classes the mapping can depend on ({@link EntityContent}); null when the
     * classes do not come from an isolated classpath (then nothing says what they are).
     */
    EntityContent.Hash contentHash() {
        return ownsLoader && loader instanceof URLClassLoader own ? EntityContent.of(own, scannedNames) : null;
    }

    /**
     * Whether any class found (entities, the classes they need, every class under the scanned
     * packages) holds the text {@code word} in its class file, e.g. an annotation element named
     * {@code schema}; read through the loader without loading a class. False means no such class can
     * name it; true means one may.
     */
    boolean mentions(String word) {
        byte[] needle = word.getBytes(StandardCharsets.UTF_8);
        Set<String> names = new TreeSet<>(scannedNames);
        names.addAll(entityNames);
        names.addAll(supportingNames);
        for (String name : names) {
            try (InputStream in = loader.getResourceAsStream(name.replace('.', '/') + ".class")) {
                if (in != null && contains(in.readAllBytes(), needle)) {
                    return true;
                }
            } catch (IOException e) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    @Override
    public void close() {
        if (ownsLoader && loader instanceof URLClassLoader owned) {
            try {
                owned.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
