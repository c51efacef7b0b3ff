package dev.syncdb.dialect;

import dev.syncdb.diff.DiffHooks;
import dev.syncdb.plan.Renderer;

/**
 * The part of a dialect that turns a database into the model and differences back into SQL: its
 * inspector, its hooks into the generic differ, and its renderer.
 */
public interface SchemaComparison {

    Inspector inspector();

    DiffHooks diffHooks();

    Renderer renderer();
}
