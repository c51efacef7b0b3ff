package dev.syncdb.engine.plan;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.diff.DiffOptions;
import dev.syncdb.engine.desired.DesiredSource;
import dev.syncdb.engine.session.RunLock;
import dev.syncdb.engine.session.Timings;
import dev.syncdb.dialect.DialectContext;
import dev.syncdb.plan.DataFixes;

/**
 * What to compare: the target database, the namespace in it to manage (null = the dialect's
 * default), where the desired schema comes from, diff options such as declared renames, the
 * user's data fixes ({@code --using} conversions, {@code --backfill} values), where the phases'
 * timings are recorded, the context the dialect works in (environment, user, warnings; null =
 * this process's), how a run that changes the schema waits for the syncdb lock (null = the default), and
 * how live tables are changed ({@link OnlineOptions}; null = the default: online above a size).
 */
public record SyncRequest(DatabaseUrl target, String schemaName, DesiredSource desired, DiffOptions diffOptions,
                          DataFixes fixes, Timings timings, DialectContext context, RunLock lock,
                          OnlineOptions online) {

    public SyncRequest {
        online = online == null ? OnlineOptions.DEFAULT : online;
        lock = lock == null ? RunLock.DEFAULT : lock;
        context = context == null ? DialectContext.system() : context;
        diffOptions = diffOptions == null ? DiffOptions.DEFAULT : diffOptions;
        fixes = fixes == null ? DataFixes.NONE : fixes;
        timings = timings == null ? new Timings() : timings;
    }

    public SyncRequest(DatabaseUrl target, String schemaName, DesiredSource desired, DiffOptions diffOptions,
                       DataFixes fixes, Timings timings, DialectContext context, RunLock lock) {
        this(target, schemaName, desired, diffOptions, fixes, timings, context, lock, null);
    }

    public SyncRequest(DatabaseUrl target, String schemaName, DesiredSource desired, DiffOptions diffOptions,
                       DataFixes fixes, Timings timings, DialectContext context) {
        this(target, schemaName, desired, diffOptions, fixes, timings, context, null);
    }

    public SyncRequest(DatabaseUrl target, String schemaName, DesiredSource desired, DiffOptions diffOptions,
                       DataFixes fixes, Timings timings) {
        this(target, schemaName, desired, diffOptions, fixes, timings, null);
    }

    public SyncRequest(DatabaseUrl target, String schemaName, DesiredSource desired, DiffOptions diffOptions,
                       DataFixes fixes) {
        this(target, schemaName, desired, diffOptions, fixes, null);
    }

    public SyncRequest(DatabaseUrl target, String schemaName, DesiredSource desired, DiffOptions diffOptions) {
        this(target, schemaName, desired, diffOptions, DataFixes.NONE, null);
    }

    /** The same request with these diff options (e.g. the renames a user accepted). */
    public SyncRequest withDiffOptions(DiffOptions o) {
        return new SyncRequest(target, schemaName, desired, o, fixes, timings, context, lock, online);
    }

    /** The same request with these data fixes. */
    public SyncRequest withFixes(DataFixes f) {
        return new SyncRequest(target, schemaName, desired, diffOptions, f, timings, context, lock, online);
    }

    /** The same request with the dialect working in {@code c}. */
    public SyncRequest withContext(DialectContext c) {
        return new SyncRequest(target, schemaName, desired, diffOptions, fixes, timings, c, lock, online);
    }

    /** The same request waiting for the syncdb lock as {@code l} says (runs that change the schema take it). */
    public SyncRequest withLock(RunLock l) {
        return new SyncRequest(target, schemaName, desired, diffOptions, fixes, timings, context, l, online);
    }

    /** The same request changing live tables as {@code o} says. */
    public SyncRequest withOnline(OnlineOptions o) {
        return new SyncRequest(target, schemaName, desired, diffOptions, fixes, timings, context, lock, o);
    }
}
