package dev.syncdb.cli.wizard;

import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.verify.RequiredTable;
import dev.syncdb.cli.ExitCode;
import dev.syncdb.cli.output.CheckText;
import dev.syncdb.cli.output.PlanText;

import java.util.OptionalInt;

/**
 * Step "Changes": first the rename question ({@link WizardRenames}), then every planned step grouped
 * by table with its hazards and live-data findings.
 * Ends the run when there is nothing to do (exit 0, or 1 when a required table is missing) and
 * when the data blocks a step (exit 3: nothing can be applied as it is).
 */
final class WizardChanges implements WizardStep {

    @Override
    public String title() {
        return "Changes";
    }

    @Override
    public OptionalInt run(WizardState s) {
        WizardRenames.ask(s);
        PlanResult r = s.planned;
        if (r.inSync()) {
            s.mark(true, "no changes: the database matches the desired schema");
            return WizardStep.stop(RequiredTable.missing(s.status.required()).isEmpty() ? ExitCode.OK : ExitCode.ERROR);
        }
        int n = r.plan().steps().size();
        s.out().println("  " + PlanText.summary(r) + ":");
        new CheckText(s.out(), s.style).changes(r, "    ", true);
        if (!r.blocked().isEmpty()) {
            s.mark(false, r.blocked().size() + " of " + n + " steps would fail on the current data; nothing was changed."
                    + " Fix the rows, or re-run with --using/--backfill for the column.");
            return WizardStep.stop(ExitCode.REFUSED);
        }
        if (!r.preflight().isEmpty()) {
            s.mark(true, "the live data clears every checked step");
        }
        return NEXT;
    }
}
