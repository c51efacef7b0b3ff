package dev.syncdb.jpa;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Entity classes for tests, compiled at test time into a directory of their own, so they reach
 * syncdb only through the classpath option, as a user's classes would.
 */
final class TestClasses {

    private TestClasses() {
    }

    /** Compiles {@code sources} (class name to source text) into {@code dir}; returns {@code dir}. */
    static Path compile(Path dir, Map<String, String> sources) {
        try {
            Path src = Files.createDirectories(dir.resolve("src"));
            Path out = Files.createDirectories(dir.resolve("classes"));
            List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-cp", apiClasspath(), "-nowarn"));
            for (Map.Entry<String, String> e : sources.entrySet()) {
                Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue());
                args.add(file.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int rc = javac.run(null, err, err, args.toArray(String[]::new));
            if (rc != 0) {
                throw new IllegalStateException("test sources do not compile:\n" + err);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** jakarta.persistence and Hibernate's annotations, for compiling entities. */
    @SuppressWarnings("deprecation")
    static String apiClasspath() {
        return location(jakarta.persistence.Entity.class) + java.io.File.pathSeparator
                + location(org.hibernate.annotations.Comment.class);
    }

    /**
     * The class directory of one version ("v1", "v2") of the example shop, compiled by the
     * {@code examples/jpa-shop} module (which the build runs before this one).
     */
    static Path shopClasses(String version) {
        Path dir = Path.of(System.getProperty("syncdb.examples", "../examples"), "jpa-shop", "target", version, "classes")
                .toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("the example shop is not compiled: " + dir + " (build examples/jpa-shop first)");
        }
        return dir;
    }

    private static String location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A one-entity source in package {@code pkg} with the given body. */
    static String entity(String pkg, String name, String annotations, String body) {
        return "package " + pkg + ";\nimport jakarta.persistence.*;\nimport org.hibernate.annotations.*;\n"
                + "import java.util.*;\n" + annotations + "\n@jakarta.persistence.Entity\npublic class " + name
                + " {\n" + body + "\n}\n";
    }
}
