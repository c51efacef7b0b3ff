package dev.syncdb.testkit.scenario;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The scenario folders of a dialect on the class path, {@code scenarios/<dialect>/NNN-slug/}, each
 * holding {@code current.sql} and {@code desired.sql}, optionally {@code data.sql} (rows loaded after
 * current), {@code renames.properties} ({@code table.old = new} for columns renamed on the way up) and
 * {@code options.properties} ({@code privileges = true} compares privileges, as {@code --privileges} does).
 * {@code -Dsyncdb.scenarios=REGEX} keeps only the scenarios whose folder name matches.
 */
public final class ScenarioFolders {
    /** The class path folder that holds one folder of scenarios per dialect. */
    public static final String ROOT = "scenarios";

    private ScenarioFolders() {
    }

    /**
     * The scenarios of {@code dialect} ({@code postgres}, {@code sqlite}, {@code mysql}) that
     * {@code -Dsyncdb.scenarios} selects (all by default), in name order.
     */
    public static List<Scenario> load(String dialect) {
        return load(dialect, System.getProperty("syncdb.scenarios", ".*"));
    }

    /** Every scenario of {@code dialect}, in name order, whatever {@code -Dsyncdb.scenarios} says. */
    public static List<Scenario> all(String dialect) {
        return load(dialect, ".*");
    }

    private static List<Scenario> load(String dialect, String only) {
        try (Stream<Path> dirs = Files.list(folder(dialect))) {
            return dirs.filter(Files::isDirectory).sorted()
                    .filter(d -> d.getFileName().toString().matches(only))
                    .map(ScenarioFolders::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder of a dialect's scenarios on the class path. */
    public static Path folder(String dialect) {
        URL url = ScenarioFolders.class.getClassLoader().getResource(ROOT + "/" + dialect);
        if (url == null) {
            throw new IllegalStateException("no " + ROOT + "/" + dialect + " on the class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One scenario folder. */
    public static Scenario read(Path dir) {
        return new Scenario(dir.getFileName().toString(), text(dir.resolve("current.sql")),
                text(dir.resolve("desired.sql")), optional(dir.resolve("data.sql")),
                properties(dir.resolve("renames.properties")),
                Boolean.parseBoolean(properties(dir.resolve("options.properties")).getOrDefault("privileges", "false")));
    }

    private static Map<String, String> properties(Path file) {
        Map<String, String> out = new HashMap<>();
        if (Files.exists(file)) {
            Properties p = new Properties();
            try {
                p.load(new StringReader(text(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        }
        return out;
    }

    private static String optional(Path file) {
        return Files.exists(file) ? text(file) : "";
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("scenario file missing: " + file, e);
        }
    }
}
