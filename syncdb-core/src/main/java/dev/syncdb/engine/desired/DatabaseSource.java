package dev.syncdb.engine.desired;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.DatabaseUrl;
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

    /** {@code schemaName} null = the same namespace name as the target's. */
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
        String name = schemaName != null ? schemaName : target.schemaName();
        try (Session desired = timings.time("connect desired", () -> Session.open(url, name, false, target.context()))) {
            if (!desired.dialect().name().equals(target.dialect().name())) {
                throw SyncdbException.error("the desired database " + url.masked() + " is " + desired.dialect().name()
                        + " but the target is " + target.dialect().name() + ": compare databases of the same kind");
            }
            return timings.time("inspect desired", desired::inspect);
        }
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
