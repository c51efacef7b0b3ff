package dev.syncdb.engine.apply;

import dev.syncdb.engine.session.RunState;
import dev.syncdb.engine.session.Session;
import dev.syncdb.plan.Plan;
import dev.syncdb.plan.PlanStep;

import java.sql.Connection;

/**
 * An {@link ApplyProgress} that also keeps {@link RunState} up to date while a plan runs, so a
 * stopped process says truthfully what stays: on a database with transactional DDL the open
 * transaction is rolled back (nothing was changed); on one without, and in an online plan (each
 * statement committed on its own), the steps that ran stay.
 */
final class TrackedProgress implements ApplyProgress {
    private final ApplyProgress inner;
    private final Connection connection;
    private final boolean transactionalDdl;
    private boolean transactional;
    private Plan plan;

    /** Tracks a plan run on {@code s}'s connection, and passes every event on to {@code inner}. */
    TrackedProgress(ApplyProgress inner, Session s) {
        this.inner = inner;
        this.connection = s.connection();
        this.transactionalDdl = s.dialect().transactionalDdl();
    }

    @Override
    public void started(Plan p) {
        plan = p;
        transactional = transactionalDdl && !p.online();
        RunState.changing(connection, transactional ? rolledBack(p) : "nothing was changed yet");
        inner.started(p);
    }

    @Override
    public void step(int index, PlanStep step) {
        if (!transactional) {
            RunState.changing(connection, stepwise(index, step));
        }
        inner.step(index, step);
    }

    @Override
    public void finished(boolean committed) {
        if (committed) {
            RunState.changing(null, "after the changes were committed; run `syncdb verify` to check the result");
        } else if (transactional) {
            RunState.idle();
        } else {
            RunState.changing(null, RunState.interruptedLine());
        }
        inner.finished(committed);
    }

    /** What a stop leaves on a database with transactional DDL: nothing, but statements run before the transaction. */
    private static String rolledBack(Plan p) {
        boolean early = p.steps().stream().flatMap(st -> st.statements().stream()).anyMatch(st -> !st.transactional());
        return early ? "rolled back; statements that cannot run inside a transaction (e.g. new enum labels) may have"
                + " run before it and remain" : "rolled back, nothing was changed";
    }

    /** What stays on a database that commits each schema statement on its own. */
    private String stepwise(int index, PlanStep step) {
        int n = plan.steps().size();
        String done = index == 0 ? "no step had completed"
                : index + " of " + n + " steps were applied and remain (last: '" + plan.steps().get(index - 1).comment() + "')";
        return (plan.online() ? "an online apply commits each statement: " : "this database cannot roll back schema changes: ") + done + "; step " + (index + 1) + " '" + step.comment()
                + "' may be partly applied. Run again: the next plan starts from what is there";
    }
}
