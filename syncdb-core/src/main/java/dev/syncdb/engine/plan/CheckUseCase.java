package dev.syncdb.engine.plan;

/** Reports whether the target matches the desired schema; the exit code is the front end's job. */
public final class CheckUseCase {

    public PlanResult run(SyncRequest request) {
        return new PlanUseCase().run(request);
    }
}
