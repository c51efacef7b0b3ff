package dev.syncdb.plan;

import dev.syncdb.model.Unsupported;

import java.util.List;

/**
 * An ordered list of steps that turns the current schema into the desired one, plus notices about
 * objects that were found but are not managed. {@code online} says the plan was made for live tables
 * ({@link OnlineTables}): its statements run one by one, each committed, with a lock timeout.
 */
public record Plan(List<PlanStep> steps, List<Unsupported> notices, boolean online) {
    public Plan {
        steps = List.copyOf(steps);
        notices = List.copyOf(notices);
    }

    public Plan(List<PlanStep> steps, List<Unsupported> notices) {
        this(steps, notices, false);
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
