package dev.syncdb.engine.desired;

import dev.syncdb.SyncdbException;
import dev.syncdb.cache.CacheKey;
import dev.syncdb.cache.ModelCache;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.Scratch;
import dev.syncdb.dialect.ScratchOptions;
import dev.syncdb.engine.session.Session;
import dev.syncdb.engine.session.Timings;
import dev.syncdb.model.Schema;
import dev.syncdb.sql.RenameDirective;
import dev.syncdb.sql.SqlScript;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * The desired schema from declarative SQL files: they are run in a scratch place of the target's
 * dialect and read back with the same inspector, so the database normalizes both sides. The
 * scratch place is removed afterwards, also on error, in the background while the engine goes on
 * (the target session waits for it when it closes). With a {@link ModelCache}, the inspected model
 * is kept under a key of the schema text, dialect, server version, namespace and syncdb version, and
 * an unchanged schema is not materialized again.
 */
public final class SqlFilesSource implements DesiredSource {
    private final List<Path> paths;
    private final DatabaseUrl devUrl;
    private final ModelCache cache;
    private final String toolVersion;

    public SqlFilesSource(List<Path> paths, DatabaseUrl devUrl) {
        this(paths, devUrl, null, null);
    }

    /** {@code cache} null = no cache; {@code toolVersion} is part of the cache key (null = unknown). */
    public SqlFilesSource(List<Path> paths, DatabaseUrl devUrl, ModelCache cache, String toolVersion) {
        this.paths = List.copyOf(paths);
        this.devUrl = devUrl;
        this.cache = cache;
        this.toolVersion = toolVersion;
    }

    @Override
    public Schema load(Session target) {
        return load(target, new Timings());
    }

    @Override
    public Schema load(Session target, Timings timings) {
        List<SqlScript> scripts = SqlScript.read(paths);
        if (cache == null) {
            timings.fact("cache", "off");
            return materialize(target, scripts, timings);
        }
        CacheKey key = key(target, scripts);
        ModelCache.Lookup found = timings.time("cache read", () -> cache.read(key));
        timings.fact("cache", found.outcome());
        if (found.hit()) {
            return found.schema();
        }
        Schema schema = materialize(target, scripts, timings);
        if (!timings.time("cache write", () -> cache.write(key, schema))) {
            timings.fact("cache", found.outcome() + "; not written: " + cache.dir() + " is not writable");
        }
        return schema;
    }

    /** The key of a schema: every input the inspected model depends on. */
    CacheKey key(Session target, List<SqlScript> scripts) {
        CacheKey.Builder b = CacheKey.builder()
                .part("codec", cache.fingerprint())
                .part("syncdb", toolVersion)
                .part("dialect", target.dialect().name())
                .part("server", target.serverVersion())
                .part("namespace", target.namespaces())
                .part("dev-url", devUrl == null ? null : devUrl.masked());
        for (int i = 0; i < scripts.size(); i++) {
            b.part("script " + i, scripts.get(i).text());
        }
        return b.build();
    }

    private Schema materialize(Session target, List<SqlScript> scripts, Timings timings) {
        return materialize(target, ScratchParts.of(target.dialect(), scripts), timings);
    }

    /** Runs the scripts in the scratch place(s) of their parts and reads the schema back. */
    private Schema materialize(Session target, ScratchParts parts, Timings timings) {
        if (parts.size() > 1) {
            timings.fact("scratch places", Integer.toString(parts.size()));
        }
        List<Scratch> places = timings.time("create scratch", () -> {
            try {
                return parts.open(() -> open(target));
            } catch (SQLException e) {
                throw SyncdbException.error("cannot materialize the desired schema: " + Session.oneLine(e.getMessage()));
            }
        });
        try {
            timings.run("materialize", () -> parts.run(places));
            return timings.time("inspect desired", () -> {
                try {
                    return withOutside(Session.withoutHistories(parts.inspect(places)), places);
                } catch (SQLException e) {
                    throw SyncdbException.error("cannot materialize the desired schema: " + Session.oneLine(e.getMessage()));
                }
            });
        } finally {
            target.inBackground("drop-scratch", () -> timings.run("drop scratch", () -> ScratchParts.close(places)));
        }
    }

    private Scratch open(Session target) {
        try {
            return target.dialect().openScratch(target.url(), new ScratchOptions(devUrl, target.namespaces()));
        } catch (SQLException e) {
            throw SyncdbException.error("cannot materialize the desired schema: " + Session.oneLine(e.getMessage()));
        }
    }

    /** {@code schema} with notices for what the script created outside the places' namespace. */
    private static Schema withOutside(Schema schema, List<Scratch> places) throws SQLException {
        List<dev.syncdb.model.Unsupported> outside = new java.util.ArrayList<>();
        for (Scratch place : places) {
            outside.addAll(place.outsideNamespace());
        }
        if (outside.isEmpty()) {
            return schema;
        }
        List<dev.syncdb.model.Unsupported> notes = new java.util.ArrayList<>(schema.unsupported());
        notes.addAll(outside);
        return schema.withUnsupported(notes);
    }

    @Override
    public List<RenameDirective> declaredRenames() {
        return RenameDirective.read(SqlScript.read(paths));
    }

    @Override
    public boolean loadsAside() {
        return true;
    }

    @Override
    public String describe() {
        return paths.size() == 1 ? paths.get(0).toString() : paths.size() + " schema paths";
    }
}
