package dev.syncdb.testkit.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of running a scenario: the database's own message when it refused the scenario's SQL
 * ({@code rejected}, null when it accepted it; no direction ran then), or the result of each
 * direction that ran.
 */
public record ScenarioResult(String rejected, List<DirectionResult> directions) {

    public ScenarioResult {
        directions = List.copyOf(directions);
    }

    public static ScenarioResult rejected(String message) {
        return new ScenarioResult(message, List.of());
    }

    /** Whether the database accepted the SQL and every direction that ran passed. */
    public boolean passed() {
        return rejected == null && directions.stream().allMatch(DirectionResult::passed);
    }

    /** Everything that went wrong, in full, one direction after the other; empty when it passed. */
    public String failureText() {
        if (rejected != null) {
            return "the database refused the scenario's SQL: " + rejected;
        }
        return directions.stream().filter(r -> !r.passed())
                .map(r -> r.direction().word() + ":\n" + r.detail())
                .collect(Collectors.joining("\n"));
    }
}
