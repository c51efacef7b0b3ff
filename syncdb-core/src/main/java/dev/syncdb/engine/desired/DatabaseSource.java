package dev.syncdb.engine.desired;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.Namespaces;
import dev.syncdb.engine.session.Session;
import dev.syncdb.engine.session.Timings;
import dev.syncdb.model.Schema;

/**
 * The desired schema read from another live database of the same dialect (e.g. staging when the
 * target is production): drift between two databases, with nothing materialized. It works on a
 * connection of its own, so the target can be inspected at the same time.
 */
public final class DatabaseSource implements DesiredSource {
    private final DatabaseUrl url;
    private final String schemaName;

    /** {@code schemaName} null = the target's namespace when one was named for it, else the desired database's default. */
    public DatabaseSource(DatabaseUrl url, String schemaName) {
        this.url = url;
        this.schemaName = schemaName;
    }

    @Override
    public Schema load(Session target) {
        return load(target, new Timings());
    }

    @Override
    public Schema load(Session target, Timings timings) {
        String name = schemaName != null ? schemaName : namespaceLike(target);
        try (Session desired = timings.time("connect desired", () -> Session.open(url, name, false, target.context()))) {
            if (!desired.dialect().name().equals(target.dialect().name())) {
                throw SyncdbException.error("the desired database " + url.masked() + " is " + desired.dialect().name()
                        + " but the target is " + target.dialect().name() + ": compare databases of the same kind");
            }
            return timings.time("inspect desired", desired::inspect);
        }
    }

    /**
     * The namespace to read when none was named for the desired database: the target's when it was
     * chosen explicitly (all of them when it manages several, {@link Namespaces}), else null, the
     * desired database's own default (on MySQL that is the database the desired URL names, not the target's).
     */
    private static String namespaceLike(Session target) {
        if (Namespaces.several(target.namespaces())) {
            return target.namespaces();
        }
        String targetDefault = target.dialect().defaultSchemaName(target.url());
        return target.schemaName().equals(targetDefault) ? null : target.schemaName();
    }

    @Override
    public boolean loadsAside() {
        return true;
    }

    @Override
    public String describe() {
        return url.masked();
    }
}
