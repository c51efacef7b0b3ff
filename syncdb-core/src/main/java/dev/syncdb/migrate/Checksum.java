package dev.syncdb.migrate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum of a migration script: SHA-256 (hex) over its text with line endings normalized to
 * LF and a leading byte-order mark removed, so checking out a file with CRLF line endings does not
 * count as an edit. This rule is part of the history format and must never change.
 */
public record Checksum(String hex) {

    public static Checksum of(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalized.startsWith("\uFEFF")) {
            normalized = normalized.substring(1);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return new Checksum(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The first 12 hex digits, for display. */
    public String shortHex() {
        return hex.length() > 12 ? hex.substring(0, 12) : hex;
    }

    @Override
    public String toString() {
        return hex;
    }
}
