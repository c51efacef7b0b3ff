package dev.syncdb.cli;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The example application's entity classes (compiled by {@code examples/jpa-shop}, which the build
 * runs before this module), and small entity sets compiled at test time for bad-input cases.
 */
final class ExampleShop {

    private ExampleShop() {
    }

    /** The class directory of version "v1" or "v2" of the example shop. */
    static Path classes(String version) {
        Path dir = Path.of(System.getProperty("syncdb.examples", "../examples"), "jpa-shop", "target", version, "classes")
                .toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("the example shop is not compiled: " + dir + " (build examples/jpa-shop first)");
        }
        return dir;
    }

    /** Compiles {@code sources} (class name to text) against jakarta.persistence into {@code dir}/classes. */
    static Path compile(Path dir, Map<String, String> sources) {
        try {
            Path out = Files.createDirectories(dir.resolve("classes"));
            List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-cp", location("jakarta.persistence.Entity"), "-nowarn"));
            for (Map.Entry<String, String> e : sources.entrySet()) {
                Path file = dir.resolve("src").resolve(e.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue());
                args.add(file.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            if (javac.run(null, err, err, args.toArray(String[]::new)) != 0) {
                throw new IllegalStateException("test sources do not compile:\n" + err);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String location(String className) {
        try {
            Class<?> c = Class.forName(className);
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A one-entity source in package {@code pkg}. */
    static String entity(String pkg, String name, String body) {
        return "package " + pkg + ";\nimport jakarta.persistence.*;\nimport java.util.*;\n@Entity\npublic class " + name
                + " {\n" + body + "\n}\n";
    }

    static String classpath(Path... entries) {
        return String.join(File.pathSeparator, java.util.Arrays.stream(entries).map(Path::toString).toList());
    }
}
