package dev.syncdb.engine.verify;

import dev.syncdb.engine.plan.PlanResult;

import java.util.List;

/**
 * What {@code verify} found: the target, the required tables present or missing, and the
 * comparison with the desired schema ({@code planned}, null when no desired schema was given).
 */
public record VerifyResult(String maskedUrl, String serverVersion, List<RequiredTable> required, PlanResult planned) {

    public VerifyResult {
        required = List.copyOf(required);
    }

    /** Whether the database matches the desired schema (true when none was given). */
    public boolean matches() {
        return planned == null || planned.inSync();
    }

    public boolean requiredPresent() {
        return required.stream().allMatch(RequiredTable::present);
    }
}
