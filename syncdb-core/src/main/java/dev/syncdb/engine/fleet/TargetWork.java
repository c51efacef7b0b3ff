package dev.syncdb.engine.fleet;

/**
 * What a fleet run does on one target (check, plan, apply, upgrade, status), with the single-target
 * use cases. It opens and closes its own connections; an exception is the target's failure
 * ({@link dev.syncdb.SyncdbException} with exit code 3 = refused).
 */
@FunctionalInterface
public interface TargetWork {

    /**
     * What one target's run found: its status, its plan's hash (null = none) and the plan's SQL as
     * text (null = none; kept only for the first target of each plan hash, for the summary).
     */
    record Done(TargetStatus status, String planHash, String planText) {
    }

    Done run(FleetTarget target);
}
