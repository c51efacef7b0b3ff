package dev.syncdb.jpa;

import dev.syncdb.SyncdbException;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the JPA classes under the given package prefixes with classgraph (reading bytecode, so
 * nothing is initialized; {@link #find}) and loads them in an isolated class loader over the user's
 * classpath ({@link #load}).
 * Finding nothing, old {@code javax.persistence} entities, or a class that cannot be loaded are
 * one-line errors.
 */
public final class EntityScanner {
    static final String ENTITY = "jakarta.persistence.Entity";
    private static final List<String> SUPPORTING = List.of("jakarta.persistence.MappedSuperclass",
            "jakarta.persistence.Embeddable", "jakarta.persistence.Converter");
    private static final String JAVAX_ENTITY = "javax.persistence.Entity";

    /** Scans and loads; the caller closes the result. */
    public EntityScan scan(JpaOptions options) {
        FoundEntities found = find(options);
        try {
            return load(found, true);
        } catch (RuntimeException | LinkageError e) {
            found.close();
            throw e;
        }
    }

    /**
     * Scans the bytecode only (no class is loaded); the caller closes the result. Finding nothing or
     * old {@code javax.persistence} entities are errors.
     */
    FoundEntities find(JpaOptions options) {
        List<Path> entries = ClasspathEntries.expand(options.classpath());
        ClassLoader loader = entries.isEmpty() ? Thread.currentThread().getContextClassLoader()
                : new URLClassLoader("syncdb-entities", ClasspathEntries.toUrls(entries), EntityScanner.class.getClassLoader());
        try {
            return find(options, entries, loader);
        } catch (RuntimeException | LinkageError e) {
            new FoundEntities(List.of(), List.of(), List.of(), loader, !entries.isEmpty()).close();
            throw e;
        }
    }

    /**
     * Loads what {@link #find} found; the scan owns (closes) the loader only when {@code ownLoader}
     * and the loader is the isolated one.
     */
    EntityScan load(FoundEntities found, boolean ownLoader) {
        return new EntityScan(load(found.entityNames(), found.loader()), load(found.supportingNames(), found.loader()),
                found.loader(), ownLoader && found.ownsLoader());
    }

    private FoundEntities find(JpaOptions options, List<Path> entries, ClassLoader loader) {
        List<String> entityNames;
        List<String> supportingNames = new ArrayList<>();
        List<String> javaxNames;
        List<String> scannedNames;
        try (ScanResult result = classGraph(options, entries, loader).scan()) {
            entityNames = result.getClassesWithAnnotation(ENTITY).getNames();
            SUPPORTING.forEach(a -> supportingNames.addAll(result.getClassesWithAnnotation(a).getNames()));
            javaxNames = result.getClassesWithAnnotation(JAVAX_ENTITY).getNames();
            scannedNames = result.getAllClasses().getNames();
        }
        if (!javaxNames.isEmpty()) {
            throw SyncdbException.error(javaxNames.size() + " class(es) under " + options.packagesText()
                    + " use the old javax.persistence annotations (e.g. " + javaxNames.get(0) + "): syncdb reads"
                    + " jakarta.persistence entities (Hibernate 6+, Spring Boot 3+); migrate the imports to jakarta.persistence");
        }
        if (entityNames.isEmpty()) {
            throw SyncdbException.error("no @Entity classes under " + options.packagesText() + " in "
                    + options.classpathText());
        }
        return new FoundEntities(entityNames, supportingNames, scannedNames, loader, !entries.isEmpty());
    }

    private static ClassGraph classGraph(JpaOptions options, List<Path> entries, ClassLoader loader) {
        ClassGraph graph = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility();
        if (!options.packages().isEmpty()) {
            graph.acceptPackages(options.packages().toArray(String[]::new));
        }
        if (!entries.isEmpty()) {
            graph.overrideClasspath(entries);
        } else {
            graph.overrideClassLoaders(loader);
        }
        return graph;
    }

    private static List<Class<?>> load(List<String> names, ClassLoader loader) {
        List<Class<?>> out = new ArrayList<>();
        for (String name : names.stream().sorted().toList()) {
            out.add(load(name, loader));
        }
        return out;
    }

    /** Loads one class and resolves the types of its members, so a missing type shows up here. */
    static Class<?> load(String name, ClassLoader loader) {
        try {
            Class<?> c = Class.forName(name, false, loader);
            for (Field f : c.getDeclaredFields()) {
                f.getGenericType();
            }
            for (Method m : c.getDeclaredMethods()) {
                m.getGenericReturnType();
            }
            c.getAnnotations();
            return c;
        } catch (ClassNotFoundException e) {
            throw SyncdbException.error("cannot load class " + name + ": not found on the classpath");
        } catch (NoClassDefFoundError e) {
            throw missingType(name, String.valueOf(e.getMessage()).replace('/', '.'));
        } catch (TypeNotPresentException e) {
            throw missingType(name, e.typeName());
        } catch (LinkageError e) {
            throw SyncdbException.error("cannot load class " + name + ": " + e);
        }
    }

    private static SyncdbException missingType(String className, String type) {
        return SyncdbException.error("cannot load class " + className + ": it needs " + type
                + ", which is not on the classpath (add the jar or directory that contains it to --classpath)");
    }
}
