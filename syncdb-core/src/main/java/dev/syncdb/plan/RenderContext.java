package dev.syncdb.plan;

import dev.syncdb.model.Schema;

/**
 * What a renderer may look at besides the change: both whole schemas, and the user's data fixes
 * (conversion expressions and NULL backfills) for the forward direction.
 */
public record RenderContext(Schema current, Schema desired, DataFixes fixes) {

    public RenderContext {
        fixes = fixes == null ? DataFixes.NONE : fixes;
    }

    public RenderContext(Schema current, Schema desired) {
        this(current, desired, DataFixes.NONE);
    }

    /** The context for rendering a reverse step: the two sides swapped, without the forward fixes. */
    public RenderContext reversed() {
        return new RenderContext(desired, current);
    }
}
