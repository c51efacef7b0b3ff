package dev.syncdb.jpa;

import dev.syncdb.SyncdbException;
import dev.syncdb.cache.CacheKey;
import dev.syncdb.cache.ModelCache;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.Dialect;
import dev.syncdb.dialect.Namespaces;
import dev.syncdb.dialect.Scratch;
import dev.syncdb.dialect.ScratchOptions;
import dev.syncdb.engine.desired.DesiredSource;
import dev.syncdb.engine.desired.ScratchParts;
import dev.syncdb.engine.desired.SourceFindings;
import dev.syncdb.engine.session.Session;
import dev.syncdb.engine.session.Timings;
import dev.syncdb.model.Schema;
import dev.syncdb.sql.SqlScript;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The desired schema from JPA entities: the classes found under the given packages are read by
 * Hibernate for the target's dialect and server version, Hibernate's CREATE script is run in a
 * scratch place of the target dialect, and the result is read back with the dialect's inspector,
 * the same path SQL files take (in several places at once where the dialect splits a large
 * script, see {@link ScratchParts}). No connection is made for Hibernate itself.
 *
 * <p>With a {@link ModelCache}, the inspected model is kept under a key of the classes' content
 * ({@link EntityContent}), the packages, the naming, the dialect, server version, namespace and
 * syncdb version, with what the entity report needs from Hibernate (the mapped tables and the
 * seed rows) as the entry's notes: unchanged entities skip Hibernate and the scratch place, and
 * only the classpath scan runs.
 *
 * <p>Entities may name schemas ({@link EntityNamespaces}): on a dialect that manages several per
 * run, the script creates each named one but the run's own first and the tables land there, named
 * {@code schema.name} in the model; {@link #namedSchemas} tells a front end which to manage. Elsewhere
 * a named schema is a one-line error.
 */
public final class EntitySource implements DesiredSource {
    private static final String MAPPED = "jpa mapped tables";
    private static final String SEEDS = "jpa seed statements";
    private static final String NAMED = "jpa named schemas";

    private final JpaOptions options;
    private final DatabaseUrl devUrl;
    private final ModelCache cache;
    private final String toolVersion;
    private volatile Loaded last;

    /** What the last load found, kept for {@link #report(Schema)}. */
    private record Loaded(List<String> entities, List<String> packages, Set<String> mappedTables,
                          List<String> seeds, long scanMillis, long metamodelMillis, boolean cached) {
    }

    public EntitySource(JpaOptions options) {
        this(options, null);
    }

    /** With {@code devUrl} naming where the scratch place goes (null = next to the target). */
    public EntitySource(JpaOptions options, DatabaseUrl devUrl) {
        this(options, devUrl, null, null);
    }

    /** With the desired-model cache ({@code cache} null = none); {@code toolVersion} is part of its keys. */
    public EntitySource(JpaOptions options, DatabaseUrl devUrl, ModelCache cache, String toolVersion) {
        this.options = options;
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
        long t0 = System.nanoTime();
        try (FoundEntities found = timings.time("classpath scan", () -> new EntityScanner().find(options))) {
            CacheKey key = cache == null ? null : timings.time("entity hash", () -> key(target, found));
            long scanMillis = (System.nanoTime() - t0) / 1_000_000;
            if (key == null) {
                timings.fact("cache", cache == null ? "off" : "off (the entities have no classpath of their own)");
                return build(target, found, scanMillis, timings);
            }
            ModelCache.Lookup hit = timings.time("cache read", () -> cache.read(key));
            timings.fact("cache", hit.outcome());
            if (hit.hit() && hit.notes().containsKey(MAPPED)) {
                last = new Loaded(found.entityNames(), found.packages(), new TreeSet<>(hit.notes().get(MAPPED)),
                        hit.notes().getOrDefault(SEEDS, List.of()), scanMillis, 0, true);
                return hit.schema();
            }
            Schema schema = build(target, found, scanMillis, timings);
            Loaded loaded = last;
            Map<String, List<String>> notes = Map.of(MAPPED, List.copyOf(loaded.mappedTables()), SEEDS, loaded.seeds());
            if (!timings.time("cache write", () -> cache.write(key, schema, notes))) {
                timings.fact("cache", hit.outcome() + "; not written: " + cache.dir() + " is not writable");
            }
            return schema;
        }
    }

    /** The key of the entities' model: every input it depends on; null when the classes cannot be hashed. */
    private CacheKey key(Session target, FoundEntities found) {
        EntityContent.Hash content = found.contentHash();
        if (content == null) {
            return null;
        }
        return CacheKey.builder()
                .part("codec", cache.fingerprint())
                .part("syncdb", toolVersion)
                .part("source", "jpa entities")
                .part("dialect", target.dialect().name())
                .part("server", target.serverVersion())
                .part("namespace", target.namespaces())
                .part("dev-url", devUrl == null ? null : devUrl.masked())
                .part("packages", String.join(",", options.packages()))
                .part("naming", options.naming())
                .part("classes", content.sha256())
                .build();
    }

    /** Loads the classes, runs Hibernate and materializes its script (the path without a cache hit). */
    private Schema build(Session target, FoundEntities found, long scanMillis, Timings timings) {
        Dialect dialect = target.dialect();
        EntityNamespaces.Run run = new EntityNamespaces.Run(dialect.name(), dialect.managesSeveralNamespaces(),
                Namespaces.split(target.namespaces()));
        Built built = timings.time("metamodel and script",
                () -> read(found, HibernateTarget.of(dialect, target.serverVersion()), scanMillis, run));
        last = built.loaded();
        List<SqlScript> scripts = List.of(new SqlScript(describe(), built.script()));
        ScratchOptions where = new ScratchOptions(devUrl, target.namespaces());
        ScratchParts parts = ScratchParts.of(dialect, scripts);
        try {
            List<Scratch> places = parts.open(() -> dialect.openScratch(target.url(), where));
            try {
                timings.run("materialize", () -> parts.run(places));
                return timings.time("inspect desired", () -> inspect(parts, places));
            } finally {
                ScratchParts.close(places);
            }
        } catch (SQLException e) {
            throw cannotMaterialize(e);
        }
    }

    private static Schema inspect(ScratchParts parts, List<Scratch> places) {
        try {
            return parts.inspect(places);
        } catch (SQLException e) {
            throw cannotMaterialize(e);
        }
    }

    private static SyncdbException cannotMaterialize(SQLException e) {
        return SyncdbException.error("cannot materialize the entities' schema: " + Session.oneLine(e.getMessage()));
    }

    /**
     * Scans and builds the metamodel for a syncdb dialect ("postgresql", "sqlite", ...) and server
     * version text, and returns the SQL that materializes it; no database is needed.
     */
    public String script(String dialectName, String serverVersion) {
        try (FoundEntities found = new EntityScanner().find(options)) {
            return read(found, HibernateTarget.of(dialectName, serverVersion), 0, null).script();
        }
    }

    /** Only scans: the entity classes and packages, failing as {@link #load} would on bad input. */
    public JpaReport scan() {
        try (EntityScan scan = new EntityScanner().scan(options)) {
            return new JpaReport(scan.entityNames(), scan.packages(), List.of(), List.of(), List.of(), 0, 0);
        }
    }

    /**
     * What the entities map, given the desired schema {@link #load} returned (the plan's desired
     * side); compare it with the live schema for missed models and naming mismatches. After a cache
     * hit it is the same report: the entry keeps what Hibernate mapped.
     */
    public JpaReport report(Schema desired) {
        Loaded loaded = last;
        if (loaded == null) {
            throw new IllegalStateException("report() needs a load() first");
        }
        return JpaReport.of(loaded.entities(), loaded.packages(), loaded.mappedTables(), desired, loaded.seeds())
                .withTimings(loaded.scanMillis(), loaded.metamodelMillis(), loaded.cached());
    }

    /** Whether the last load took the model from the cache (Hibernate did not run). */
    boolean lastFromCache() {
        Loaded loaded = last;
        return loaded != null && loaded.cached();
    }

    /** Hibernate's script for the classes found, with what the report needs from Hibernate. */
    private record Built(Loaded loaded, String script) {
    }

    /**
     * The schemas the entities name ({@link EntityNamespaces#schemas}), read from Hibernate's
     * metamodel for {@code dialect} (its default server version). Classes whose files never mention
     * {@code schema} name none, and Hibernate does not run; else, with a cache, the answer is kept
     * under a key of the classes' content, packages, naming and dialect, so unchanged entities skip
     * Hibernate here.
     */
    @Override
    public List<String> namedSchemas(Dialect dialect) {
        try (FoundEntities found = new EntityScanner().find(options)) {
            if (!found.mentions("schema")) {
                return List.of();
            }
            EntityContent.Hash content = cache == null ? null : found.contentHash();
            CacheKey key = content == null ? null : CacheKey.builder()
                    .part("codec", cache.fingerprint()).part("syncdb", toolVersion)
                    .part("source", "jpa entities: named schemas").part("dialect", dialect.name())
                    .part("packages", String.join(",", options.packages())).part("naming", options.naming())
                    .part("classes", content.sha256()).build();
            ModelCache.Lookup hit = key == null ? null : cache.read(key);
            if (hit != null && hit.hit() && hit.notes().containsKey(NAMED)) {
                return hit.notes().get(NAMED);
            }
            List<String> named;
            try (EntityScan scan = new EntityScanner().load(found, false);
                 HibernateMetamodel model = HibernateMetamodel.build(scan, HibernateTarget.of(dialect, null), options.naming())) {
                named = EntityNamespaces.schemas(model.metadata());
            }
            if (key != null) {
                cache.write(key, Schema.empty(""), Map.of(NAMED, named));
            }
            return named;
        }
    }

    /**
     * Loads the classes {@code found} and runs Hibernate on them (the class loading counts as
     * Hibernate's time); the script is placed for {@code run} (null = Hibernate's script as it is).
     */
    private Built read(FoundEntities found, HibernateTarget target, long scanMillis, EntityNamespaces.Run run) {
        long t0 = System.nanoTime();
        try (EntityScan scan = new EntityScanner().load(found, false);
             HibernateMetamodel model = HibernateMetamodel.build(scan, target, options.naming())) {
            String script = run == null ? model.desiredScript() : run.script(model);
            Loaded loaded = new Loaded(found.entityNames(), found.packages(),
                    model.mappedTables(run == null || !run.several() ? null : run.own()),
                    JpaReport.seeds(script), scanMillis, (System.nanoTime() - t0) / 1_000_000, false);
            return new Built(loaded, script);
        }
    }

    /** The entity report of the last load, as front ends show it (see {@link JpaFindings}). */
    @Override
    public SourceFindings findings(Schema current, Schema desired) {
        return JpaFindings.of(report(desired), current, options.naming());
    }

    /** Works on scratch connections of its own: the engine inspects the target meanwhile. */
    @Override
    public boolean loadsAside() {
        return true;
    }

    @Override
    public String describe() {
        return "entities in " + options.packagesText();
    }
}
