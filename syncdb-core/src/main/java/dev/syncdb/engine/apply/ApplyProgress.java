package dev.syncdb.engine.apply;

import dev.syncdb.plan.Plan;
import dev.syncdb.plan.PlanStep;

/**
 * A listener that sees long work run step by step, so a front end can show progress: the steps of a
 * plan (apply, create-tables, recreate), the files of an upgrade or downgrade, a backup or restore.
 * Every method has a no-op default; the plan events default to the general ones
 * ({@link #started(String, int)}, {@link #step(int, String)}), so a listener may implement only those.
 * {@link #NONE} listens to nothing.
 */
public interface ApplyProgress {
    ApplyProgress NONE = new ApplyProgress() {
    };

    /** A run of {@code total} steps is about to start; {@code task} names it ("Applying", "Upgrading"). */
    default void started(String task, int total) {
    }

    /** Step {@code index} (0-based) is about to run; {@code label} says what it does. */
    default void step(int index, String label) {
    }

    /** The plan's transaction is about to start. */
    default void started(Plan plan) {
        started("Applying", plan.steps().size());
    }

    /** Step {@code index} (0-based) of the plan is about to run. */
    default void step(int index, PlanStep step) {
        step(index, step.comment());
    }

    /** The run ended: completed (committed) or failed (rolled back); called once either way. */
    default void finished(boolean committed) {
    }
}
