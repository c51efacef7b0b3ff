package dev.syncdb.engine;

import dev.syncdb.diff.DiffOptions;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.plan.DataFixes;

/**
 * What to compare: the target database, the namespace in it to manage (null = the dialect's
 * default), where the desired schema comes from, diff options such as declared renames, and the
 * user's data fixes ({@code --using} conversions, {@code --backfill} values).
 */
public record SyncRequest(DatabaseUrl target, String schemaName, DesiredSource desired, DiffOptions diffOptions,
                          DataFixes fixes) {

    public SyncRequest {
        diffOptions = diffOptions == null ? DiffOptions.DEFAULT : diffOptions;
        fixes = fixes == null ? DataFixes.NONE : fixes;
    }

    public SyncRequest(DatabaseUrl target, String schemaName, DesiredSource desired, DiffOptions diffOptions) {
        this(target, schemaName, desired, diffOptions, DataFixes.NONE);
    }

    /** The same request with these diff options (e.g. the renames a user accepted). */
    public SyncRequest withDiffOptions(DiffOptions o) {
        return new SyncRequest(target, schemaName, desired, o, fixes);
    }

    /** The same request with these data fixes. */
    public SyncRequest withFixes(DataFixes f) {
        return new SyncRequest(target, schemaName, desired, diffOptions, f);
    }
}
