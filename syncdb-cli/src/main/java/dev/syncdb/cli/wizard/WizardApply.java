package dev.syncdb.cli.wizard;

import dev.syncdb.SyncdbException;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyProgress;
import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.cli.output.ProgressDisplay;
import dev.syncdb.plan.Statement;

import java.util.List;
import java.util.OptionalInt;

/**
 * Step "Apply": applies in one transaction with a progress display. The engine plans again on its
 * own connection; when that plan is not the one the user confirmed (the database changed meanwhile)
 * the apply is refused (exit 3) before anything runs.
 */
final class WizardApply implements WizardStep {
    static final String CHANGED = "refused: the database changed while the wizard ran, so the plan is not the one"
            + " you confirmed; nothing was changed. Run syncdb again to review the new plan";

    @Override
    public String title() {
        return "Apply";
    }

    @Override
    public OptionalInt run(WizardState s) {
        List<String> confirmed = sql(s.planned);
        ApplyProgress progress = ProgressDisplay.forRun(s.ctx, false, s.style);
        ApplyOptions options = new ApplyOptions(s.allowDestructive, p -> { }, p -> {
            if (!sql(p).equals(confirmed)) {
                throw new SyncdbException(SyncdbException.REFUSED, CHANGED);
            }
            return true;
        }).withProgress(progress);
        s.out().flush();
        s.applied = new ApplyUseCase().run(s.request(), options);
        if (s.applied.outcome() == ApplyResult.Outcome.NOTHING_TO_DO) {
            s.mark(true, "nothing left to apply: the database already matches");
        } else {
            int n = s.applied.planned().plan().steps().size();
            s.mark(true, "applied " + WizardInspect.count(n, "step") + " in " + s.applied.elapsed().toMillis()
                    + " ms, in one transaction");
        }
        return NEXT;
    }

    private static List<String> sql(PlanResult r) {
        return r.plan().statements().stream().map(Statement::sql).toList();
    }
}
