package dev.syncdb.jpa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.util.List;
import java.util.TreeSet;

/**
 * What a classpath scan found: the {@code @Entity} classes, the classes Hibernate needs with them
 * ({@code @MappedSuperclass}, {@code @Embeddable}, {@code @Converter}), all loaded by
 * {@code loader}, and the packages the entities are in. Closing it closes the loader when
 * {@code ownsLoader} (the isolated loader over the user's classpath).
 */
public record EntityScan(List<Class<?>> entities, List<Class<?>> supporting, ClassLoader loader, boolean ownsLoader)
        implements AutoCloseable {

    public EntityScan {
        entities = List.copyOf(entities);
        supporting = List.copyOf(supporting);
    }

    /** The entity class names, sorted. */
    public List<String> entityNames() {
        return entities.stream().map(Class::getName).sorted().toList();
    }

    /** The distinct packages of the entity classes, sorted. */
    public List<String> packages() {
        return List.copyOf(new TreeSet<>(entities.stream().map(Class::getPackageName).toList()));
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
