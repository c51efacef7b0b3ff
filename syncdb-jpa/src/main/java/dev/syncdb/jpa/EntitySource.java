package dev.syncdb.jpa;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.Dialect;
import dev.syncdb.dialect.Scratch;
import dev.syncdb.dialect.ScratchOptions;
import dev.syncdb.engine.desired.DesiredSource;
import dev.syncdb.engine.desired.ScratchParts;
import dev.syncdb.engine.session.Session;
import dev.syncdb.engine.desired.SourceFindings;
import dev.syncdb.model.Schema;
import dev.syncdb.sql.SqlScript;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * The desired schema from JPA entities: the classes found under the given packages are read by
 * Hibernate for the target's dialect and server version, Hibernate's CREATE script is run in a
 * scratch place of the target dialect, and the result is read back with the dialect's inspector,
 * the same path SQL files take (in several places at once where the dialect splits a large
 * script, see {@link ScratchParts}). No connection is made for Hibernate itself.
 */
public final class EntitySource implements DesiredSource {
    private final JpaOptions options;
    private final DatabaseUrl devUrl;
    private volatile Loaded last;

    /** What the last load found, kept for {@link #report(Schema)}. */
    private record Loaded(List<String> entities, List<String> packages, Set<String> mappedTables,
                          String script, long scanMillis, long metamodelMillis) {
    }

    public EntitySource(JpaOptions options) {
        this(options, null);
    }

    /** With {@code devUrl} naming where the scratch place goes (null = next to the target). */
    public EntitySource(JpaOptions options, DatabaseUrl devUrl) {
        this.options = options;
        this.devUrl = devUrl;
    }

    @Override
    public Schema load(Session target) {
        Dialect dialect = target.dialect();
        Loaded loaded = read(HibernateTarget.of(dialect, target.serverVersion()));
        List<SqlScript> scripts = List.of(new SqlScript(describe(), loaded.script()));
        ScratchOptions where = new ScratchOptions(devUrl, target.schemaName());
        ScratchParts parts = ScratchParts.of(dialect, scripts);
        try {
            List<Scratch> places = parts.open(() -> dialect.openScratch(target.url(), where));
            try {
                parts.run(places);
                return parts.inspect(places);
            } finally {
                ScratchParts.close(places);
            }
        } catch (SQLException e) {
            throw SyncdbException.error("cannot materialize the entities' schema: " + Session.oneLine(e.getMessage()));
        }
    }

    /**
     * Scans and builds the metamodel for a syncdb dialect ("postgresql", "sqlite", ...) and server
     * version text, and returns the SQL that materializes it; no database is needed.
     */
    public String script(String dialectName, String serverVersion) {
        return read(HibernateTarget.of(dialectName, serverVersion)).script();
    }

    /** Only scans: the entity classes and packages, failing as {@link #load} would on bad input. */
    public JpaReport scan() {
        try (EntityScan scan = new EntityScanner().scan(options)) {
            return new JpaReport(scan.entityNames(), scan.packages(), List.of(), List.of(), List.of(), 0, 0);
        }
    }

    /**
     * What the entities map, given the desired schema {@link #load} returned (the plan's desired
     * side); compare it with the live schema for missed models and naming mismatches.
     */
    public JpaReport report(Schema desired) {
        Loaded loaded = last;
        if (loaded == null) {
            throw new IllegalStateException("report() needs a load() first");
        }
        return JpaReport.of(loaded.entities(), loaded.packages(), loaded.mappedTables(), desired, loaded.script())
                .withTimings(loaded.scanMillis(), loaded.metamodelMillis());
    }

    private Loaded read(HibernateTarget target) {
        long t0 = System.nanoTime();
        try (EntityScan scan = new EntityScanner().scan(options)) {
            long t1 = System.nanoTime();
            try (HibernateMetamodel model = HibernateMetamodel.build(scan, target, options.naming())) {
                String script = model.desiredScript();
                Loaded loaded = new Loaded(scan.entityNames(), scan.packages(), model.mappedTables(), script,
                        (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
                last = loaded;
                return loaded;
            }
        }
    }

    /** The entity report of the last load, as front ends show it (see {@link JpaFindings}). */
    @Override
    public SourceFindings findings(Schema current, Schema desired) {
        return JpaFindings.of(report(desired), current, options.naming());
    }

    @Override
    public String describe() {
        return "entities in " + options.packagesText();
    }
}
