package dev.syncdb.plan;

import dev.syncdb.model.Unsupported;

import java.util.List;

/**
 * An ordered list of steps that turns the current schema into the desired one, plus notices about
 * objects that were found but are not managed.
 */
public record Plan(List<PlanStep> steps, List<Unsupported> notices) {
    public Plan {
        steps = List.copyOf(steps);
        notices = List.copyOf(notices);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    public List<PlanStep> destructiveSteps() {
        return steps.stream().filter(PlanStep::destructive).toList();
    }

    public List<Statement> statements() {
        return steps.stream().flatMap(s -> s.statements().stream()).toList();
    }
}
