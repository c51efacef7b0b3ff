package dev.syncdb.cli.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.syncdb.SyncdbException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The project settings file ({@code syncdb.yaml}): {@code url}, {@code schema} (a path or a list of
 * paths, relative to the file), {@code schema-name} (one schema, or several: a list or one comma-separated
 * text), {@code dev-url}, {@code require} (the tables that
 * must exist: a list, or one comma-separated text), and for JPA entities {@code entities} (package
 * prefixes: a comma-separated text or a list), {@code classpath} (a {@code :}-separated text or a list,
 * relative to the file) and {@code naming}, and {@code privileges} (true or false: compare privileges,
 * as {@code --privileges} does), and how live tables are changed ({@code online}, {@code online-threshold-rows},
 * {@code lock-wait-timeout}, {@code lock-retries}; see {@link OnlineSettings}). Unknown keys are errors, so a typo is not silently ignored.
 */
public final class ConfigFile {
    private static final Set<String> KNOWN = Set.of("url", "schema", "schema-name", "dev-url", "require", "entities",
            "classpath", "naming", "privileges", "online", "online-threshold-rows", "lock-wait-timeout", "lock-retries");

    private final Path file;
    private final JsonNode root;

    private ConfigFile(Path file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    /** Reads the file; a missing file is empty unless {@code required}, then a one-line error. */
    public static ConfigFile load(Path file, boolean required) {
        if (!Files.isRegularFile(file)) {
            if (required) {
                throw SyncdbException.error("config file not found: " + file);
            }
            return new ConfigFile(file, null);
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (JacksonException e) {
            throw SyncdbException.error("cannot read " + file + ": " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        } catch (IOException e) {
            throw SyncdbException.error("cannot read " + file + ": " + e.getMessage());
        }
        return new ConfigFile(file, checked(file, root));
    }

    private static JsonNode checked(Path file, JsonNode root) {
        if (root == null || root.isNull() || root.isMissingNode()) {
            return null;
        }
        if (!root.isObject()) {
            throw SyncdbException.error(file + ": expected key: value settings at the top level");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KNOWN.contains(key)) {
                throw SyncdbException.error(file + ": unknown key '" + key + "' (known: url, schema, schema-name, dev-url, require, entities, classpath, naming, privileges, online, online-threshold-rows, lock-wait-timeout, lock-retries)");
            }
        }
        return root;
    }

    public Path file() {
        return file;
    }

    public Optional<String> url() {
        return text("url");
    }

    /**
     * The managed schemas ({@code schema-name}: one name, "app, billing", or a list) as one name
     * ({@link dev.syncdb.dialect.Namespaces#join}), the first being the run's own, as a repeated
     * {@code --schema-name} gives them.
     */
    public Optional<String> schemaName() {
        List<String> names = texts("schema-name", ",").stream().map(String::strip).filter(n -> !n.isEmpty())
                .distinct().toList();
        return Optional.ofNullable(dev.syncdb.dialect.Namespaces.join(names));
    }

    public Optional<String> devUrl() {
        return text("dev-url");
    }

    /** The schema paths, resolved against the directory of this file. */
    public List<Path> schema() {
        return texts("schema", null).stream().map(this::relative).toList();
    }

    /** Whether {@code privileges: true} asks for privileges to be compared; any other value than true or false is an error. */
    public boolean privileges() {
        Optional<String> v = text("privileges");
        if (v.isEmpty() || v.get().equalsIgnoreCase("false")) {
            return false;
        }
        if (v.get().equalsIgnoreCase("true")) {
            return true;
        }
        throw SyncdbException.error(file + ": 'privileges' must be true or false, not '" + v.get() + "'");
    }

    public Optional<String> naming() {
        return text("naming");
    }

    /** The entity package prefixes ({@code entities}: "a.b, c.d" or a list). */
    public List<String> entities() {
        return texts("entities", ",").stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** The entity classpath entries ({@code classpath}: "a.jar:lib/*" or a list), resolved against this file's directory. */
    public List<Path> classpath() {
        return texts("classpath", java.io.File.pathSeparator).stream().map(String::strip).filter(p -> !p.isEmpty())
                .map(this::relative).toList();
    }

    /** The values of a key that holds one text or a list of them; {@code separator} splits each text (null = not split). */
    private List<String> texts(String key, String separator) {
        List<String> out = new ArrayList<>();
        JsonNode node = root == null ? null : root.get(key);
        if (node == null || node.isNull()) {
            return out;
        }
        List<JsonNode> nodes = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(nodes::add);
        } else {
            nodes.add(node);
        }
        for (JsonNode n : nodes) {
            String text = scalar(key, n);
            out.addAll(separator == null ? List.of(text) : List.of(text.split(java.util.regex.Pattern.quote(separator))));
        }
        return out;
    }

    /** The required tables: a list of names, or one text of comma-separated names. */
    public List<String> require() {
        List<String> out = new ArrayList<>();
        JsonNode node = root == null ? null : root.get("require");
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(n -> out.add(scalar("require", n)));
        } else {
            out.addAll(RequireOption.split(scalar("require", node)));
        }
        return out;
    }

    Optional<String> text(String key) {
        JsonNode node = root == null ? null : root.get(key);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(scalar(key, node)).filter(s -> !s.isBlank());
    }

    private String scalar(String key, JsonNode node) {
        if (!node.isValueNode()) {
            throw SyncdbException.error(file + ": '" + key + "' must be a text value");
        }
        return node.asText();
    }

    private Path relative(String path) {
        Path dir = file.getParent();
        return dir == null ? Path.of(path) : dir.resolve(path);
    }
}
