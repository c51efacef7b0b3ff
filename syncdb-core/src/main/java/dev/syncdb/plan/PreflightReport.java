package dev.syncdb.plan;

import java.util.List;

/**
 * The preflight of one risky plan step: its index in the plan, its comment, and the findings on the
 * live rows. The verdict is BLOCKED when any finding says the step would fail, else CLEAR.
 */
public record PreflightReport(int step, String comment, List<PreflightFinding> findings) {

    /** Whether the data lets the step run. */
    public enum Verdict { CLEAR, BLOCKED }

    public PreflightReport {
        findings = List.copyOf(findings);
    }

    public Verdict verdict() {
        return findings.stream().anyMatch(PreflightFinding::blocks) ? Verdict.BLOCKED : Verdict.CLEAR;
    }

    public boolean blocked() {
        return verdict() == Verdict.BLOCKED;
    }

    /** The findings that block the step. */
    public List<PreflightFinding> blocking() {
        return findings.stream().filter(PreflightFinding::blocks).toList();
    }
}
