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
    private final Map<String, Built> built = new ConcurrentHashMap<>();

    /** The model built for one dialect and server version, or why it could not be. */
    private record Built(Schema schema, boolean portable, RuntimeException error) {
    }

    public SharedDesired(DesiredSource source) {
        this.source = source;
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
        return source.load(target, timings);
    }

    private Built build(Session target, Timings timings) {
        try {
            Schema s = source.load(target, timings);
            return new Built(s, !mentions(s, s.name()), null);
        } catch (SyncdbException e) {
            return new Built(null, false, e);
        }
    }

    /** Whether anything in the model but its own name mentions the namespace {@code ns}. */
    static boolean mentions(Schema s, String ns) {
        if (ns == null || ns.isEmpty()) {
            return false;
        }
        return retarget(s, null).toString().contains(ns);
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
