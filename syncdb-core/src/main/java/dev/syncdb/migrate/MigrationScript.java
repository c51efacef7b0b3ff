package dev.syncdb.migrate;

import java.nio.file.Path;

/**
 * One migration file: its version, description (from the slug), direction, path and text. The
 * file name is {@code V<version>__<slug>.sql} (up) or {@code U<version>__<slug>.sql} (down).
 * A file with a line {@value #NO_TRANSACTION} runs outside a transaction, one statement at a time,
 * for statements a database refuses inside one (PostgreSQL's {@code CREATE INDEX CONCURRENTLY}).
 */
public record MigrationScript(Version version, String description, Direction direction, Path path, String text) {

    /** Which way a script moves the schema. */
    public enum Direction { UP, DOWN }

    /** The directive line that makes a file run outside a transaction. */
    public static final String NO_TRANSACTION = "-- syncdb:no-transaction";

    public Checksum checksum() {
        return Checksum.of(text);
    }

    /** Whether the file asks to run outside a transaction ({@value #NO_TRANSACTION} on a line of its own). */
    public boolean transactional() {
        return text.lines().map(String::strip).noneMatch(NO_TRANSACTION::equalsIgnoreCase);
    }

    /** The file name, as recorded in the history table. */
    public String fileName() {
        return path.getFileName().toString();
    }
}
