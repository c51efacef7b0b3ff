package dev.syncdb.migrate;

import java.nio.file.Path;

/**
 * One migration file: its version, description (from the slug), direction, path and text. The
 * file name is {@code V<version>__<slug>.sql} (up) or {@code U<version>__<slug>.sql} (down).
 */
public record MigrationScript(Version version, String description, Direction direction, Path path, String text) {

    /** Which way a script moves the schema. */
    public enum Direction { UP, DOWN }

    public Checksum checksum() {
        return Checksum.of(text);
    }

    /** The file name, as recorded in the history table. */
    public String fileName() {
        return path.getFileName().toString();
    }
}
