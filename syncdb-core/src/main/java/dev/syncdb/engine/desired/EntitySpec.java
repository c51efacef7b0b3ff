package dev.syncdb.engine.desired;

import dev.syncdb.dialect.DatabaseUrl;

import java.nio.file.Path;
import java.util.List;

/**
 * Where entity classes that define the desired schema are: the package prefixes to scan
 * ({@code --entities}), the classpath holding them and what they need ({@code --classpath}: jars,
 * class directories, {@code dir/*}), the naming ({@code --naming}: {@code spring}, {@code jpa} or a
 * class name; null = the provider's default), and where to build the desired schema (null = a
 * scratch place next to the target).
 */
public record EntitySpec(List<String> packages, List<Path> classpath, String naming, DatabaseUrl devUrl) {

    public EntitySpec {
        packages = List.copyOf(packages);
        classpath = List.copyOf(classpath);
    }

    /** "entities in com.shop.users, com.shop.orders". */
    public String describe() {
        return "entities in " + (packages.isEmpty() ? "(all packages)" : String.join(", ", packages));
    }
}
