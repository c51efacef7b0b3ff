package dev.syncdb.cli.output;

import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.plan.Hazard;
import dev.syncdb.plan.PlanStep;
import dev.syncdb.plan.PreflightFinding;
import dev.syncdb.plan.PreflightReport;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The differences for people: one line per planned step, grouped by table, with its hazard codes;
 * or a one-line "in sync" verdict.
 */
public final class CheckText {
    public static final String IN_SYNC = "In sync: the database matches the desired schema.";
    private static final String NO_TABLE = "other objects";

    private final PrintStream out;
    private final Style style;
    private final boolean verbose;

    public CheckText(PrintStream out, Style style) {
        this(out, style, false);
    }

    /** With {@code verbose}, what the desired source found is listed in detail (every entity). */
    public CheckText(PrintStream out, Style style, boolean verbose) {
        this.out = out;
        this.style = style;
        this.verbose = verbose;
    }

    public void print(PlanResult r, String desired) {
        out.println("Target:  " + r.maskedUrl() + " (" + r.serverVersion() + "), schema " + r.schemaName());
        out.println("Desired: " + desired);
        new SourceText(out, style, "").print(r.source(), verbose);
        r.plan().notices().forEach(u -> out.println("Not managed: " + u.kind() + " " + u.name()));
        if (r.inSync()) {
            out.println(style.good(IN_SYNC));
            return;
        }
        int n = r.plan().steps().size();
        out.println(n + (n == 1 ? " difference:" : " differences:"));
        changes(r, "  ", false);
        RenameHints.lines(r).forEach(out::println);
        out.println(PlanText.summary(r) + ". Run `syncdb plan` to see the SQL, `syncdb apply` to apply it.");
    }

    /**
     * Every planned step grouped by table, with its hazard codes and the preflight findings worth
     * reading; {@code detailed} adds a line per hazard and every finding, the clear ones too (the wizard).
     */
    public void changes(PlanResult r, String indent, boolean detailed) {
        Map<PlanStep, PreflightReport> preflight = new IdentityHashMap<>();
        r.preflight().forEach(p -> preflight.put(r.plan().steps().get(p.step()), p));
        for (Map.Entry<String, List<PlanStep>> group : byTable(r.plan().steps()).entrySet()) {
            out.println(indent + group.getKey());
            for (PlanStep step : group.getValue()) {
                out.println(indent + "  " + step.comment() + codes(step));
                if (detailed) {
                    step.hazards().forEach(h -> out.println(indent + "    " + style.hazard("hazard " + h.code().code()
                            + ": " + h.message(), h.destructive())));
                }
                findings(preflight.get(step), indent + "    ", detailed);
            }
        }
    }

    /** The preflight findings worth reading under a step: what blocks it, what it loses, what was not checked. */
    private void findings(PreflightReport report, String indent, boolean all) {
        if (report == null) {
            return;
        }
        for (PreflightFinding f : report.findings()) {
            if (all || f.status() != PreflightFinding.Status.CLEAR) {
                out.println(indent + style.hazard((f.blocks() ? "preflight BLOCKED: " : "preflight: ") + f.message(), f.blocks()));
            }
        }
    }

    private static Map<String, List<PlanStep>> byTable(List<PlanStep> steps) {
        Map<String, List<PlanStep>> groups = new LinkedHashMap<>();
        for (PlanStep step : steps) {
            String table = step.change() == null ? null : step.change().table();
            String key = table == null ? NO_TABLE : "table " + table;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(step);
        }
        return groups;
    }

    private String codes(PlanStep step) {
        if (step.hazards().isEmpty()) {
            return "";
        }
        String codes = step.hazards().stream().map(Hazard::code).map(c -> c.code()).distinct()
                .collect(Collectors.joining(", "));
        return "  " + style.hazard("[" + codes + "]", step.destructive());
    }
}
