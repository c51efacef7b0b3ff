package dev.syncdb.engine.apply;

import dev.syncdb.engine.plan.PlanResult;

import java.time.Duration;

/** What an apply did: the plan, how it ended, and how long the statements took. */
public record ApplyResult(PlanResult planned, Outcome outcome, Duration elapsed) {

    /** How an apply ended. */
    public enum Outcome { NOTHING_TO_DO, APPLIED, DECLINED }
}
