package dev.syncdb.engine.fleet;

import dev.syncdb.SyncdbException;
import dev.syncdb.engine.desired.DesiredSource;
import dev.syncdb.engine.desired.SourceFindings;
import dev.syncdb.engine.session.Session;
import dev.syncdb.engine.session.Timings;
import dev.syncdb.model.Schema;
import dev.syncdb.sql.RenameDirective;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A desired source built once per fleet run and shared by every target: the first target of each
 * dialect and server version has the real source build the model (materialize or cache), the
 * others get that model. A target that manages another namespace (tenant schemas on one server)
 * gets the model under its own namespace name, which is safe because models name their own
 * namespace nowhere but in {@link Schema#name()}; when the built model does mention its namespace
 * (a qualified name in a view, function or default), each such target has its model built for it
 * instead. A failed build is remembered and reported for every target of that kind.
 */
public final class SharedDesired implements DesiredSource {
    private final DesiredSource source;
    private final boolean privileges;
    private final Map<String, Built> built = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger builds = new java.util.concurrent.atomic.AtomicInteger();
    private volatile String mention;
    private final List<Runnable> cleanups = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The model built for one dialect and server version, or why it could not be. */
    private record Built(Schema schema, boolean portable, RuntimeException error) {
    }

    /** {@code privileges}: whether the run compares privileges (else they are left out of the shared model). */
    public SharedDesired(DesiredSource source, boolean privileges) {
        this.source = source;
        this.privileges = privileges;
    }

    /** How many times a desired model was built (materialized or read from the cache) in this run. */
    public int builds() {
        return builds.get();
    }

    /** Where a built model named its own namespace, so targets got models of their own (null = never). */
    public String mention() {
        return mention;
    }

    @Override
    public Schema load(Session target) {
        return load(target, new Timings());
    }

    @Override
    public Schema load(Session target, Timings timings) {
        String key = target.dialect().name() + " " + target.serverVersion();
        Built b = built.computeIfAbsent(key, k -> build(target, timings));
        if (b.error() != null) {
            throw b.error();
        }
        String ns = target.schemaName();
        if (java.util.Objects.equals(ns, b.schema().name())) {
            return b.schema();
        }
        if (b.portable()) {
            return retarget(b.schema(), ns);
        }
        builds.incrementAndGet();
        return source.load(target, timings);
    }

    /** Waits for the clean-up the builds left running (dropping scratch places); call once the fleet is done. */
    public void awaitCleanup() {
        while (!cleanups.isEmpty()) {
            cleanups.remove(0).run();
        }
    }

    private Built build(Session target, Timings timings) {
        try {
            builds.incrementAndGet();
            Schema loaded;
            try {
                loaded = source.load(target, timings);
            } finally {
                cleanups.add(target.handOverBackground());
            }
            Schema s = privileges ? loaded : loaded.withoutPrivileges();
            String where = mentionOf(s, s.name());
            if (where != null) {
                mention = where;
            }
            return new Built(s, where == null, null);
        } catch (SyncdbException e) {
            return new Built(null, false, e);
        }
    }

    /** The text around the first place where the model mentions the namespace {@code ns} but in its name; null = none. */
    static String mentionOf(Schema s, String ns) {
        if (ns == null || ns.isEmpty()) {
            return null;
        }
        String text = retarget(s, null).toString();
        int at = text.indexOf(ns);
        return at < 0 ? null : text.substring(Math.max(0, at - 60), Math.min(text.length(), at + ns.length() + 20));
    }

    static Schema retarget(Schema s, String ns) {
        return new Schema(ns, s.tables(), s.enums(), s.sequences(), s.views(), s.objects(), s.unsupported());
    }

    @Override
    public List<RenameDirective> declaredRenames() {
        return source.declaredRenames();
    }

    @Override
    public boolean loadsAside() {
        return source.loadsAside();
    }

    @Override
    public String describe() {
        return source.describe();
    }

    @Override
    public SourceFindings findings(Schema current, Schema desired) {
        return source.findings(current, desired);
    }
}
