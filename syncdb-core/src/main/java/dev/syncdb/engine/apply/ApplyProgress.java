package dev.syncdb.engine.apply;

import dev.syncdb.plan.Plan;
import dev.syncdb.plan.PlanStep;

/**
 * A listener that sees a plan being executed, step by step, so a front end can show progress on
 * long steps. Every method has a no-op default; {@link #NONE} listens to nothing.
 */
public interface ApplyProgress {
    ApplyProgress NONE = new ApplyProgress() {
    };

    /** The plan's transaction is about to start. */
    default void started(Plan plan) {
    }

    /** Step {@code index} (0-based) of the plan is about to run. */
    default void step(int index, PlanStep step) {
    }

    /** The plan ran to its end (committed) or failed (rolled back); called once either way. */
    default void finished(boolean committed) {
    }
}
