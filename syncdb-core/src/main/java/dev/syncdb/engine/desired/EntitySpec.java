package dev.syncdb.engine.desired;

import dev.syncdb.cache.ModelCache;
import dev.syncdb.dialect.DatabaseUrl;

import java.nio.file.Path;
import java.util.List;

/**
 * Where entity classes that define the desired schema are: the package prefixes to scan
 * ({@code --entities}), the classpath holding them and what they need ({@code --classpath}: jars,
 * class directories, {@code dir/*}), the naming ({@code --naming}: {@code spring}, {@code jpa} or a
 * class name; null = the provider's default), where to build the desired schema (null = a
 * scratch place next to the target), and the desired-model cache with the syncdb version that is
 * part of its keys (null = no cache).
 */
public record EntitySpec(List<String> packages, List<Path> classpath, String naming, DatabaseUrl devUrl,
                         ModelCache cache, String cacheVersion) {

    public EntitySpec {
        packages = List.copyOf(packages);
        classpath = List.copyOf(classpath);
    }

    /** A spec without a cache. */
    public EntitySpec(List<String> packages, List<Path> classpath, String naming, DatabaseUrl devUrl) {
        this(packages, classpath, naming, devUrl, null, null);
    }

    /** This spec with the desired-model cache {@code cache} (null = none), keyed also by {@code version}. */
    public EntitySpec withCache(ModelCache cache, String version) {
        return new EntitySpec(packages, classpath, naming, devUrl, cache, version);
    }

    /** "entities in com.shop.users, com.shop.orders". */
    public String describe() {
        return "entities in " + (packages.isEmpty() ? "(all packages)" : String.join(", ", packages));
    }
}
