package dev.syncdb.cli.wizard;

import dev.syncdb.cli.output.PlanText;

import java.util.OptionalInt;

/** Step "Review the SQL": offers to print the planned SQL, each step with its comment and hazards. */
final class WizardReview implements WizardStep {

    @Override
    public String title() {
        return "Review the SQL";
    }

    @Override
    public OptionalInt run(WizardState s) {
        if (s.confirm("Show the SQL that will run? [y/N] ", false)) {
            s.out().println();
            new PlanText(s.out(), s.style).print(s.planned, s.settings.describeSchema(), false);
        }
        return NEXT;
    }
}
