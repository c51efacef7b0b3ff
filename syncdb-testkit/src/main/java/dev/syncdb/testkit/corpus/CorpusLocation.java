package dev.syncdb.testkit.corpus;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the sqldef corpus lives: system property {@code syncdb.corpus}, else environment variable
 * {@code SYNCDB_CORPUS}, else {@code ../shared/corpus/sqldef} next to the repository root (the
 * directory holding {@code mvnw}, found by walking up from the working directory).
 */
public final class CorpusLocation {
    public static final String PROPERTY = "syncdb.corpus";
    public static final String ENV = "SYNCDB_CORPUS";

    private CorpusLocation() {
    }

    /** Environment variable that makes a missing corpus an error instead of a skipped test (CI sets it). */
    public static final String REQUIRED_ENV = "SYNCDB_CORPUS_REQUIRED";

    /**
     * Why the corpus cannot be used here, or null when it is present. A plain clone of the repository
     * has no corpus beside it: its tests are skipped with this reason, unless {@link #REQUIRED_ENV} is
     * set, where the missing corpus is the failure.
     */
    public static String missingReason() {
        try {
            corpusDirectory();
            return null;
        } catch (IllegalStateException e) {
            if (System.getenv(REQUIRED_ENV) != null) {
                throw e;
            }
            return e.getMessage();
        }
    }

    /** The corpus directory; throws with a message naming every place looked at when it is missing. */
    public static Path corpusDirectory() {
        Path dir = configured();
        if (dir == null) {
            dir = repositoryRoot().resolve("../shared/corpus/sqldef").normalize();
        }
        if (!Files.isDirectory(dir.resolve("psqldef"))) {
            throw new IllegalStateException("sqldef corpus not found at " + dir.toAbsolutePath()
                    + " (expected psqldef/, sqlite3def/, mysqldef/ in it); set -D" + PROPERTY
                    + "=<dir> or " + ENV + "=<dir>");
        }
        return dir;
    }

    /** The repository root: the nearest directory at or above the working directory holding {@code mvnw}. */
    public static Path repositoryRoot() {
        Path start = Path.of("").toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("mvnw"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root (a directory with mvnw) not found above " + start);
    }

    private static Path configured() {
        String v = System.getProperty(PROPERTY);
        if (v == null || v.isBlank()) {
            v = System.getenv(ENV);
        }
        return v == null || v.isBlank() ? null : Path.of(v).toAbsolutePath().normalize();
    }
}
