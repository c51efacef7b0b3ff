package dev.syncdb.cli.wizard;

import dev.syncdb.SyncdbException;
import dev.syncdb.cli.ExitCode;
import dev.syncdb.cli.output.ErrorReporter;

import java.util.List;
import java.util.OptionalInt;

/**
 * The interactive wizard ({@code syncdb} on a terminal): numbered steps with ✅/❌ that check the
 * connection, show the current state, offer a backup, show every change grouped by table with its
 * hazards and live-data checks, offer the SQL for review, ask, apply with progress, and verify. A
 * step that fails prints ❌ and its error ends the run with the error's exit code.
 */
public final class Wizard {
    private final WizardState state;
    private final List<WizardStep> steps;

    public Wizard(WizardState state) {
        this(state, standardSteps());
    }

    Wizard(WizardState state, List<WizardStep> steps) {
        this.state = state;
        this.steps = List.copyOf(steps);
    }

    /**
     * The steps in order. {@link WizardChanges} first asks about suggested renames and re-plans
     * with the accepted ones ({@link WizardState#replan}); the steps after it show, confirm and apply
     * whatever plan the state then holds.
     */
    static List<WizardStep> standardSteps() {
        return List.of(new WizardInspect.Connection(), new WizardInspect.CurrentState(), new WizardBackup(),
                new WizardChanges(), new WizardReview(), new WizardConfirm(), new WizardApply(), new WizardVerify());
    }

    public int run() {
        state.out().println(state.style.bold("syncdb wizard") + ": " + state.settings.url().masked() + " <- "
                + state.settings.describeSchema() + "  (Ctrl-C or an empty answer to a [y/N] question stops without changes)");
        for (int i = 0; i < steps.size(); i++) {
            WizardStep step = steps.get(i);
            state.out().println();
            state.out().println(state.style.bold("Step " + (i + 1) + "/" + steps.size() + "  " + step.title()));
            OptionalInt end;
            try {
                end = step.run(state);
            } catch (SyncdbException e) {
                state.mark(false, ErrorReporter.oneLine(e.getMessage()));
                state.out().flush();
                throw e;
            }
            if (end.isPresent()) {
                state.out().flush();
                return end.getAsInt();
            }
        }
        state.out().flush();
        return ExitCode.OK;
    }
}
