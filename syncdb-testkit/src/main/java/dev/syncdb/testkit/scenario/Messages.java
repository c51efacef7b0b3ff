package dev.syncdb.testkit.scenario;

import dev.syncdb.diff.SchemaChange;
import dev.syncdb.plan.Plan;
import dev.syncdb.plan.PlanStep;
import dev.syncdb.plan.Statement;

import java.util.List;
import java.util.stream.Collectors;

/** The texts scenario results are reported in: first lines of errors, plans in short and in full, changes. */
public final class Messages {

    private Messages() {
    }

    /** The first line of a message, or {@code (no message)}. */
    public static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "(no message)";
        }
        return message.strip().lines().findFirst().orElse("").strip();
    }

    /** A plan in one line: the number of steps and the first three comments. */
    static String shortPlan(Plan plan) {
        List<PlanStep> steps = plan.steps();
        return steps.size() + " step(s): " + steps.stream().limit(3).map(PlanStep::comment)
                .collect(Collectors.joining("; ")) + (steps.size() > 3 ? "; ..." : "");
    }

    /** A plan in full: each step's comment and its statements. */
    public static String fullPlan(Plan plan) {
        StringBuilder sb = new StringBuilder();
        for (PlanStep step : plan.steps()) {
            sb.append("  -- ").append(step.comment()).append('\n');
            for (Statement st : step.statements()) {
                sb.append("  ").append(st.sql().strip().replace("\n", "\n  ")).append(";\n");
            }
        }
        return sb.toString();
    }

    /** Changes one a line, described and as records. */
    public static String changes(List<SchemaChange> changes) {
        return changes.stream().map(c -> "  " + c.describe() + "  <- " + c).collect(Collectors.joining("\n"));
    }

    /** The first stack frame in syncdb code, to tell crashes apart. */
    static String origin(Throwable e) {
        for (StackTraceElement el : e.getStackTrace()) {
            if (el.getClassName().startsWith("dev.syncdb.")) {
                return el.getClassName().replaceAll(".*\\.", "") + "." + el.getMethodName();
            }
        }
        return e.getStackTrace().length > 0 ? e.getStackTrace()[0].toString() : "?";
    }
}
