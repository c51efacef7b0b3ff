package dev.syncdb.plan;

import dev.syncdb.diff.SchemaChange;

import java.util.List;

/**
 * A dialect's SQL writer: turns one typed change into the statements that perform it, and may add
 * hazards only that dialect knows (e.g. a table rewrite).
 */
public interface Renderer {

    /** The statements that perform {@code change}, given both whole schemas for context. */
    List<Statement> render(SchemaChange change, RenderContext context);

    /** Hazards this dialect adds to a change beyond the generic ones (none by default). */
    default List<Hazard> hazards(SchemaChange change, RenderContext context) {
        return List.of();
    }
}
