package dev.syncdb.jpa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.util.List;
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
