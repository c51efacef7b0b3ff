package dev.syncdb.jpa;

import dev.syncdb.engine.desired.DesiredSource;
import dev.syncdb.engine.desired.DesiredSourceProvider;
import dev.syncdb.engine.desired.EntitySpec;

/**
 * The {@link DesiredSourceProvider} of this module, registered in {@code META-INF/services}: reads
 * JPA ({@code jakarta.persistence}) entities with Hibernate through {@link EntitySource}.
 */
public final class JpaSourceProvider implements DesiredSourceProvider {

    @Override
    public DesiredSource entities(EntitySpec spec) {
        return new EntitySource(new JpaOptions(spec.packages(), spec.classpath(), spec.naming()), spec.devUrl(),
                spec.cache(), spec.cacheVersion());
    }
}
