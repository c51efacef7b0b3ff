package dev.syncdb.postgres;

import dev.syncdb.diff.DiffOptions;
import dev.syncdb.diff.Differ;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.session.Session;
import dev.syncdb.engine.desired.SqlFilesSource;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.model.Schema;
import dev.syncdb.testkit.PgServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small engine-level helpers the PostgreSQL suites share: requests, inspection, diffing. */
final class PgSync {

    private PgSync() {
    }

    /** Writes {@code sql} to {@code dir/name} and returns the file. */
    static Path write(Path dir, String name, String sql) {
        try {
            return Files.writeString(dir.resolve(name), sql, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request to bring database {@code db} to the schema in {@code schemaFile}. */
    static SyncRequest request(PgServer server, String db, Path schemaFile) {
        return new SyncRequest(DatabaseUrl.parse(server.url(db)), null,
                new SqlFilesSource(List.of(schemaFile), null), null);
    }

    /**
     * A request to bring the {@code namespaces} (joined as {@code Namespaces.join} does) of database
     * {@code db} to the schema {@code sql}, written to {@code dir/schema.sql}, compared with {@code options}
     * (null: the defaults).
     */
    static SyncRequest request(PgServer server, String db, String namespaces, Path dir, String sql, DiffOptions options) {
        return new SyncRequest(DatabaseUrl.parse(server.url(db)), namespaces,
                new SqlFilesSource(List.of(write(dir, "schema.sql", sql)), null), options);
    }

    /** Inspects the public schema of {@code db} with syncdb's inspector. */
    static Schema inspect(PgServer server, String db) {
        try (Session s = Session.open(DatabaseUrl.parse(server.url(db)), null, false)) {
            return s.inspect();
        }
    }

    /** The differences between two inspected schemas, as the PostgreSQL dialect's differ sees them. */
    static List<SchemaChange> diff(PgServer server, String anyDb, Schema a, Schema b) {
        try (Session s = Session.open(DatabaseUrl.parse(server.url(anyDb)), null, false)) {
            return new Differ(s.dialect().diffHooks()).diff(a, b);
        }
    }

    /** Runs {@code sql} on {@code db} unless it is blank (an empty schema file). */
    static void runSql(PgServer server, String db, String sql) {
        if (!sql.isBlank()) {
            server.run(db, sql);
        }
    }
}
