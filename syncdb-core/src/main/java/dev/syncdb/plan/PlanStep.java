package dev.syncdb.plan;

import dev.syncdb.diff.SchemaChange;

import java.util.List;

/**
 * One planned step: the change it carries out, a human comment, its hazards, the statements that
 * perform it and the statements that reverse it (empty when a reverse cannot be expressed).
 */
public record PlanStep(SchemaChange change, String comment, List<Hazard> hazards, List<Statement> statements,
                       List<Statement> reverse) {
    public PlanStep {
        hazards = List.copyOf(hazards);
        statements = List.copyOf(statements);
        reverse = List.copyOf(reverse);
    }

    public boolean destructive() {
        return hazards.stream().anyMatch(Hazard::destructive);
    }
}
