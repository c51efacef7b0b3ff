package dev.syncdb.cli.wizard;

import java.util.OptionalInt;

/**
 * One numbered step of the wizard: a title for its heading, and what it does with the run's
 * {@link WizardState}. A step either lets the wizard go on ({@link #NEXT}) or ends the run with an
 * exit code.
 */
interface WizardStep {
    /** Go on to the next step. */
    OptionalInt NEXT = OptionalInt.empty();

    String title();

    /** Runs the step; {@link #NEXT} to go on, or the exit code to end the wizard with. */
    OptionalInt run(WizardState s);

    static OptionalInt stop(int exitCode) {
        return OptionalInt.of(exitCode);
    }
}
