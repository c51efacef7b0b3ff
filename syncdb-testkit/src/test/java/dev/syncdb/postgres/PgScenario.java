package dev.syncdb.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One round-trip scenario: a directory {@code NNN-short-name} holding {@code current.sql} and
 * {@code desired.sql}, two plain PostgreSQL schemas that differ in one behaviour.
 */
record PgScenario(String name, String current, String desired) {

    static final String ROOT = "scenarios/postgres";

    /** Every scenario under {@code scenarios/postgres} on the test class path, in name order. */
    static List<PgScenario> loadAll() {
        URL url = PgScenario.class.getClassLoader().getResource(ROOT);
        if (url == null) {
            throw new IllegalStateException("no " + ROOT + " on the test class path");
        }
        try (Stream<Path> dirs = Files.list(Path.of(url.toURI()))) {
            return dirs.filter(Files::isDirectory).sorted().map(PgScenario::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static PgScenario load(Path dir) {
        return new PgScenario(dir.getFileName().toString(), read(dir.resolve("current.sql")),
                read(dir.resolve("desired.sql")));
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("scenario file missing: " + f, e);
        }
    }

    /** The SQL the database starts from in the given direction. */
    String from(Direction d) {
        return d == Direction.FORWARD ? current : desired;
    }

    /** The SQL the database must end up matching in the given direction. */
    String to(Direction d) {
        return d == Direction.FORWARD ? desired : current;
    }

    /** Which way a scenario is run: current to desired, or back. */
    enum Direction {
        FORWARD, BACKWARD;

        String label() {
            return name().toLowerCase();
        }
    }
}
