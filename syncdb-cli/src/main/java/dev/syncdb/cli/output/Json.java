package dev.syncdb.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;

/**
 * The one JSON writer of the command line: every {@code --json} report is built as a tree from
 * {@link #object()} and written by {@link #write}, indented, so all JSON output looks alike.
 */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /** A new empty JSON object to fill. */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The tree as indented JSON text. */
    static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
