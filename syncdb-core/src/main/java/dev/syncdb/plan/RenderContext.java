package dev.syncdb.plan;

import dev.syncdb.model.Schema;

/**
 * What a renderer may look at besides the change: both whole schemas, the user's data fixes
 * (conversion expressions and NULL backfills) for the forward direction, and which tables are changed
 * online ({@link OnlineTables}: statements that do not block the application, each with its lock).
 */
public record RenderContext(Schema current, Schema desired, DataFixes fixes, OnlineTables online) {

    public RenderContext {
        fixes = fixes == null ? DataFixes.NONE : fixes;
        online = online == null ? OnlineTables.NONE : online;
    }

    public RenderContext(Schema current, Schema desired, DataFixes fixes) {
        this(current, desired, fixes, OnlineTables.NONE);
    }

    public RenderContext(Schema current, Schema desired) {
        this(current, desired, DataFixes.NONE);
    }

    /** The context for rendering a reverse step: the two sides swapped, without the forward fixes. */
    public RenderContext reversed() {
        return new RenderContext(desired, current);
    }
}
