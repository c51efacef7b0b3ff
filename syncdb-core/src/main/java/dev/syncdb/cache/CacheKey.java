package dev.syncdb.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an inspected desired model was built from, as named parts (the schema text, the dialect,
 * the server version, the managed namespace, the syncdb version, the codec's fingerprint, ...), and
 * its SHA-256 over all of them: the name of the cache entry. Any part that differs gives another
 * key, so an entry is only ever read for exactly what built it.
 */
public final class CacheKey {
    private final Map<String, String> parts;
    private final String hash;

    private CacheKey(Map<String, String> parts) {
        this.parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
        this.hash = sha256(describe(parts));
    }

    /** Starts a key; parts are hashed in the order they are added. */
    public static Builder builder() {
        return new Builder();
    }

    /** The SHA-256 (hex) over every part: the entry's file name. */
    public String hash() {
        return hash;
    }

    public Map<String, String> parts() {
        return parts;
    }

    private static String describe(Map<String, String> parts) {
        StringBuilder b = new StringBuilder("syncdb desired-model cache key\n");
        parts.forEach((k, v) -> b.append(k).append('=').append(v == null ? -1 : v.length()).append(':')
                .append(v == null ? "" : v).append('\n'));
        return b.toString();
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CacheKey k && k.hash.equals(hash);
    }

    @Override
    public int hashCode() {
        return hash.hashCode();
    }

    @Override
    public String toString() {
        return hash;
    }

    /** Collects the parts of a key. */
    public static final class Builder {
        private final Map<String, String> parts = new LinkedHashMap<>();

        /** Adds a part; a long one (a schema text) may be given as is, only its hash is kept. */
        public Builder part(String name, String value) {
            parts.put(name, value != null && value.length() > 256 ? "sha256:" + sha256(value) : value);
            return this;
        }

        public CacheKey build() {
            return new CacheKey(parts);
        }
    }
}
