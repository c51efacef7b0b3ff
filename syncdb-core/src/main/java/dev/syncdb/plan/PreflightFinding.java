package dev.syncdb.plan;

import java.util.List;

/**
 * One result of a preflight check on the live rows: what was checked, how it came out, the number
 * of offending rows, values or keys, up to five samples, and a one-line message for people.
 */
public record PreflightFinding(String check, Status status, long count, List<String> samples, String message) {

    /** How a check came out. */
    public enum Status {
        /** The step would fail on these rows. */
        BLOCKS,
        /** The step would lose this much data (it needs permission, not a fix). */
        LOSES,
        /** Nothing in the data stands in the way. */
        CLEAR,
        /** The check could not be made (the step may still fail, and would roll back). */
        NOT_CHECKED
    }

    public PreflightFinding {
        samples = List.copyOf(samples);
    }

    public boolean blocks() {
        return status == Status.BLOCKS;
    }
}
