package dev.syncdb.dialect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The text of a dialect's catalog query, kept as an {@code .sql} resource beside the dialect's
 * classes (one query per object kind). A missing resource is a packaging error, not a user error.
 */
public final class CatalogResource {

    private CatalogResource() {
    }

    /** The resource {@code path}, relative to {@code anchor}'s package, as UTF-8 text. */
    public static String read(Class<?> anchor, String path) {
        try (InputStream in = anchor.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing catalog query resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog query " + path, e);
        }
    }
}
