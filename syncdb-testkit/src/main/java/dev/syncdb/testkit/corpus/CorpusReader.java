package dev.syncdb.testkit.corpus;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The reader of sqldef's YAML case files: a file is a mapping from case name to case; cases keep
 * the file's order. Fields sqldef uses only to compare its own output ({@code up}, {@code down})
 * are not kept.
 */
public final class CorpusReader {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    /** Reads every {@code *.yml} file of a tool directory (e.g. {@code psqldef}), files in name order. */
    public List<CorpusCase> readDirectory(Path toolDir) {
        List<CorpusCase> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(toolDir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".yml")).sorted().toList()) {
                out.addAll(readFile(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list corpus directory " + toolDir, e);
        }
        return out;
    }

    /** Reads one case file; the tool directory is the file's parent directory name. */
    public List<CorpusCase> readFile(Path file) {
        try {
            return read(file.getParent().getFileName().toString(), file.getFileName().toString(),
                    Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus file " + file, e);
        }
    }

    /** Reads the YAML text of one case file. */
    public List<CorpusCase> read(String toolDir, String fileName, String text) throws IOException {
        JsonNode root = yaml.readTree(text);
        List<CorpusCase> out = new ArrayList<>();
        if (root == null || root.isNull() || root.isMissingNode()) {
            return out;
        }
        if (!root.isObject()) {
            throw new IOException(fileName + ": expected a mapping from case name to case");
        }
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            out.add(toCase(toolDir, fileName, e.getKey(), e.getValue()));
        }
        return out;
    }

    private CorpusCase toCase(String toolDir, String file, String name, JsonNode n) {
        return new CorpusCase(toolDir, file, name, text(n, "current"), text(n, "desired"),
                text(n, "min_version"), text(n, "max_version"), text(n, "flavor"),
                bool(n, "enable_drop", true), bool(n, "legacy_ignore_quotes", true), text(n, "user"),
                strings(n.get("managed_roles")), map(n.get("manage")), map(n.get("config")),
                bool(n, "offline", false), text(n, "error"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static boolean bool(JsonNode n, String field, boolean dflt) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? dflt : v.asBoolean(dflt);
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    private Map<String, Object> map(JsonNode n) {
        if (n == null || !n.isObject()) {
            return Map.of();
        }
        Map<String, Object> m = yaml.convertValue(n, MAP);
        m.values().removeIf(java.util.Objects::isNull);
        return m;
    }
}
