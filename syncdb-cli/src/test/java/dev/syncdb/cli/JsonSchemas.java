package dev.syncdb.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schemas of the command line's {@code --json} documents, read from the repository's
 * {@code docs/json} (their {@code $id}s mapped to the files, so nothing is fetched), and a check that
 * a run's standard output is exactly one JSON document valid against one of them.
 */
final class JsonSchemas {
    static final String BASE = "https://syncdb.dev/schema/cli/";
    private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Map<String, String> files = new TreeMap<>();
    private final SchemaRegistry registry;
    private final Set<String> used = new TreeSet<>();

    JsonSchemas() {
        Path dir = Path.of(System.getProperty("syncdb.docs", "../docs"), "json");
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".schema.json")).toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> byId = files.entrySet().stream()
                .collect(Collectors.toMap(e -> BASE + e.getKey(), Map.Entry::getValue));
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(byId));
    }

    /** The document schemas (every file but the shared definitions). */
    Set<String> documents() {
        Set<String> out = new TreeSet<>(files.keySet());
        out.remove("common.schema.json");
        return out;
    }

    /** The schemas {@link #validate} has checked a document against. */
    Set<String> used() {
        return used;
    }

    /**
     * Asserts that {@code stdout} is one JSON document and nothing else, valid against {@code schema}
     * (a file name in docs/json), and returns it.
     */
    JsonNode validate(String schema, String stdout) {
        assertThat(files).as("docs/json/" + schema).containsKey(schema);
        JsonNode doc;
        try {
            doc = STRICT.readTree(stdout);
        } catch (IOException e) {
            throw new AssertionError("stdout is not exactly one JSON document (" + e.getMessage() + "):\n" + stdout, e);
        }
        assertThat(doc).as("stdout:\n" + stdout).isNotNull();
        assertThat(doc.isObject()).as("a JSON object:\n" + stdout).isTrue();
        Schema s = registry.getSchema(SchemaLocation.of(BASE + schema));
        var errors = s.validate(stdout, InputFormat.JSON);
        assertThat(errors.stream().map(Error::toString).toList()).as(schema + " against:\n" + stdout).isEmpty();
        used.add(schema);
        return doc;
    }
}
