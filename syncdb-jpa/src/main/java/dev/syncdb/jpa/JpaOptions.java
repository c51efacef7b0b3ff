package dev.syncdb.jpa;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where to find the entities that define the desired schema: the package prefixes to scan (empty =
 * every package on the classpath), the classpath holding the entity classes and what they need
 * (jars, class directories, {@code dir/*} for every jar in a directory), and the physical naming:
 * {@code spring} (default, Spring Boot's snake_case), {@code jpa} (Hibernate's default, names as
 * written) or the class name of a Hibernate naming strategy.
 */
public record JpaOptions(List<String> packages, List<Path> classpath, String naming) {

    /** The naming used when none is given: what Spring Boot applications get by default. */
    public static final String DEFAULT_NAMING = "spring";

    public JpaOptions {
        packages = packages == null ? List.of() : packages.stream().map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
        classpath = classpath == null ? List.of() : List.copyOf(classpath);
        naming = naming == null || naming.isBlank() ? DEFAULT_NAMING : naming.strip();
    }

    /**
     * Splits a classpath as users write it ({@code a.jar:classes:lib/*}, with the platform's path
     * separator) into entries.
     */
    public static List<Path> parseClasspath(String classpath) {
        List<Path> out = new ArrayList<>();
        if (classpath == null) {
            return out;
        }
        for (String part : classpath.split(File.pathSeparator)) {
            if (!part.isBlank()) {
                out.add(Path.of(part.strip()));
            }
        }
        return out;
    }

    /** Splits a comma-separated package list ({@code com.shop.users,com.shop.orders}). */
    public static List<String> parsePackages(String packages) {
        return packages == null ? List.of() : List.of(packages.split(","));
    }

    /** The packages for messages: "com.shop, com.billing" or "(all packages)". */
    String packagesText() {
        return packages.isEmpty() ? "(all packages)" : String.join(", ", packages);
    }

    /** The classpath for messages, as the user wrote it. */
    String classpathText() {
        return classpath.isEmpty() ? "(empty classpath)" : String.join(File.pathSeparator,
                classpath.stream().map(Path::toString).toList());
    }
}
