package dev.syncdb.engine.plan;

import dev.syncdb.diff.SchemaChange;
import dev.syncdb.engine.desired.SourceFindings;
import dev.syncdb.plan.Plan;
import dev.syncdb.plan.PlanStep;
import dev.syncdb.plan.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Adds a desired source's {@link SourceFindings#rowsAfterCreate} to the plan: the statements go
 * into the step that creates their table, right after it, so plan output, migrations and apply's
 * one transaction all carry them. The step's reverse (dropping the table) removes the rows too.
 */
public final class RowsAfterCreate {

    private RowsAfterCreate() {
    }

    /** {@code plan} with {@code rows} (by table name) added to the steps that create those tables. */
    public static Plan attach(Plan plan, Map<String, List<String>> rows) {
        if (rows.isEmpty()) {
            return plan;
        }
        List<PlanStep> steps = new ArrayList<>();
        for (PlanStep step : plan.steps()) {
            List<String> extra = step.change() instanceof SchemaChange.CreateTable c ? rows.get(c.table()) : null;
            if (extra == null || extra.isEmpty()) {
                steps.add(step);
                continue;
            }
            List<Statement> statements = new ArrayList<>(step.statements());
            extra.forEach(sql -> statements.add(Statement.of(sql)));
            steps.add(new PlanStep(step.change(), step.comment(), step.hazards(), statements, step.reverse()));
        }
        return new Plan(steps, plan.notices(), plan.online());
    }
}
