package dev.syncdb.engine.verify;

import dev.syncdb.SyncdbException;
import dev.syncdb.diff.DiffOptions;
import dev.syncdb.diff.Differ;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.engine.session.Session;
import dev.syncdb.model.Schema;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The last stage of a run that changed the target: it inspects the target again and compares it with
 * the desired schema; any difference left is an error naming what is left.
 */
public final class Verifier {
    private final Session session;

    public Verifier(Session session) {
        this.session = session;
    }

    /** Fails unless the target, inspected now, has no difference from {@code desired}. */
    public void verify(Schema desired) {
        verify(desired, DiffOptions.DEFAULT);
    }

    /**
     * Fails unless the target, inspected now, has no difference from {@code desired}, compared as
     * {@code options} say (privileges or not; the renames have run, so they are left out).
     */
    public void verify(Schema desired, DiffOptions options) {
        Schema after = session.inspect();
        List<SchemaChange> left = new Differ(session.dialect().diffHooks()).diff(after, desired, options.withoutRenames());
        if (!left.isEmpty()) {
            String what = left.stream().map(SchemaChange::describe).limit(10).collect(Collectors.joining("; "));
            throw SyncdbException.error("applied, but verification found " + left.size()
                    + " difference(s) left: " + what);
        }
    }
}
