package dev.syncdb.cli.wizard;

import dev.syncdb.cli.ExitCode;
import dev.syncdb.plan.PlanStep;
import dev.syncdb.plan.PreflightFinding;

import java.util.List;
import java.util.OptionalInt;

/**
 * Step "Confirm": steps that lose data need their own yes (unless {@code --allow-destructive}),
 * then the whole plan does. A no, or no answer, cancels: nothing is changed, exit 1 (as {@code apply}).
 */
public final class WizardConfirm implements WizardStep {
    public static final String CANCELLED = "Cancelled: nothing was changed.";

    @Override
    public String title() {
        return "Confirm";
    }

    @Override
    public OptionalInt run(WizardState s) {
        List<PlanStep> destructive = s.planned.plan().destructiveSteps();
        if (!destructive.isEmpty() && !s.allowDestructive) {
            int n = destructive.size();
            s.out().println("  " + WizardInspect.count(n, "step") + (n == 1 ? " loses" : " lose") + " data:");
            destructive.forEach(step -> s.out().println("    " + s.style.hazard(step.comment() + loses(s, step), true)));
            if (!s.confirm("Apply the data-losing steps too? [y/N] ", false)) {
                return cancelled(s);
            }
            s.allowDestructive = true;
        }
        int n = s.planned.plan().steps().size();
        if (!s.confirm("Apply " + WizardInspect.count(n, "step") + " now, in one transaction? [y/N] ", false)) {
            return cancelled(s);
        }
        return NEXT;
    }

    private static String loses(WizardState s, PlanStep step) {
        int index = s.planned.plan().steps().indexOf(step);
        return s.planned.preflight(index).map(r -> r.findings().stream().map(PreflightFinding::message)
                .reduce((a, b) -> a + "; " + b).map(m -> " (" + m + ")").orElse("")).orElse("");
    }

    private static OptionalInt cancelled(WizardState s) {
        s.out().println("  " + CANCELLED);
        return WizardStep.stop(ExitCode.ERROR);
    }
}
