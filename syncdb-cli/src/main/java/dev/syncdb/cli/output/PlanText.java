package dev.syncdb.cli.output;

import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.model.Unsupported;
import dev.syncdb.plan.Hazard;
import dev.syncdb.plan.Plan;
import dev.syncdb.plan.PlanStep;
import dev.syncdb.plan.PreflightFinding;
import dev.syncdb.plan.PreflightReport;
import dev.syncdb.plan.Statement;

import java.io.PrintStream;

/**
 * The plan as a SQL script for people: a header naming target and desired schema, notices about
 * unmanaged objects, then each step as a {@code --} comment, its hazards and its statements, and a
 * summary. Everything but the statements is a SQL comment, so the output runs as it is.
 */
public final class PlanText {
    public static final String NO_CHANGES = "No changes: the database matches the desired schema.";

    private final PrintStream out;
    private final Style style;
    private final boolean verbose;

    public PlanText(PrintStream out, Style style) {
        this(out, style, false);
    }

    /** With {@code verbose}, the header lists what the desired source found in detail (every entity). */
    public PlanText(PrintStream out, Style style, boolean verbose) {
        this.out = out;
        this.style = style;
        this.verbose = verbose;
    }

    /** Prints the whole plan; {@code quiet} leaves only the statements. */
    public void print(PlanResult r, String desired, boolean quiet) {
        if (!quiet) {
            header(r, desired);
            notices(r.plan());
        }
        if (r.inSync()) {
            if (!quiet) {
                out.println(style.good(NO_CHANGES));
            }
            return;
        }
        for (int i = 0; i < r.plan().steps().size(); i++) {
            if (i > 0) {
                out.println();
            }
            step(r.plan().steps().get(i), r.preflight(i).orElse(null), quiet);
        }
        if (!quiet) {
            out.println();
            RenameHints.lines(r).forEach(h -> out.println(style.dim("-- " + h)));
            out.println("-- " + summary(r));
        }
    }

    public void header(PlanResult r, String desired) {
        out.println(style.dim("-- target:  " + r.maskedUrl() + " (" + r.serverVersion() + ")"));
        out.println(style.dim("-- schema:  " + r.schemaName()));
        out.println(style.dim("-- desired: " + desired));
        if (!transactionalDdl(r.dialect())) {
            out.println(style.dim("-- note:    this database commits each schema statement on its own (no transactional"
                    + " DDL): apply runs the steps one by one after the preflight, and a failing step leaves the"
                    + " steps before it applied"));
        }
        if (r.plan().online()) {
            out.println(style.dim("-- online:  live tables are changed without blocking the application: apply commits"
                    + " each statement on its own, waiting a bounded time for each lock (--lock-wait-timeout) and retrying"));
        }
        out.println();
        if (new SourceText(out, style, "-- ").print(r.source(), verbose)) {
            out.println();
        }
    }

    private static boolean transactionalDdl(String dialect) {
        return dev.syncdb.dialect.Dialects.all().stream().filter(d -> d.name().equals(dialect)).findFirst()
                .map(dev.syncdb.dialect.Dialect::transactionalDdl).orElse(true);
    }

    public void notices(Plan plan) {
        for (Unsupported u : plan.notices()) {
            String detail = u.detail() == null || u.detail().isBlank() ? "" : " (" + u.detail() + ")";
            out.println(commented("not managed: " + u.kind() + " " + u.name() + detail));
        }
        if (!plan.notices().isEmpty()) {
            out.println();
        }
    }

    /** Text as SQL comment lines: every line, not only the first, starts with "-- ", so the plan stays runnable. */
    static String commented(String text) {
        return "-- " + text.strip().replace("\r\n", "\n").replace("\n", "\n-- ");
    }

    private void step(PlanStep step, PreflightReport preflight, boolean quiet) {
        if (!quiet) {
            out.println(commented(step.comment()));
            for (Hazard h : step.hazards()) {
                out.println(style.hazard(commented("hazard " + h.code().code() + ": " + h.message()), h.destructive()));
            }
            preflight(preflight);
            online(step);
        }
        for (Statement st : step.statements()) {
            if (st.lock() != null && !quiet) {
                out.println(style.dim(commented(st.lock().describe())));
            } else if (!st.transactional() && !quiet) {
                out.println("-- runs outside the transaction");
            }
            out.println(terminated(st.sql()));
        }
    }

    /** For a step of a live table that rewrites it: the online alternative, and that --online refuses it. */
    private void online(PlanStep step) {
        boolean live = step.statements().stream().anyMatch(st -> st.lock() != null);
        if (live && step.hazards().stream().anyMatch(h -> h.code() == dev.syncdb.plan.HazardCode.TABLE_REWRITE)) {
            out.println(style.hazard(commented("online: cannot be made online (refused unless --allow-rewrite); online"
                    + " alternative: add a new column, backfill it in batches, switch the application to it, drop the old one"), false));
        }
    }

    /** The live-data findings of a step: "-- preflight: ...", "-- preflight BLOCKED: ..." for what makes it fail. */
    private void preflight(PreflightReport report) {
        if (report == null) {
            return;
        }
        for (PreflightFinding f : report.findings()) {
            String line = (f.blocks() ? "-- preflight BLOCKED: " : "-- preflight: ") + f.message();
            out.println(f.status() == PreflightFinding.Status.CLEAR ? style.dim(line) : style.hazard(line, f.blocks()));
        }
    }

    /** The statement with exactly one trailing semicolon. */
    public static String terminated(String sql) {
        String s = sql.strip();
        return s.endsWith(";") ? s : s + ";";
    }

    /** "N steps, M destructive", and ", K blocked by the data" when the preflight blocks steps. */
    public static String summary(PlanResult r) {
        int blocked = r.blocked().size();
        return summary(r.plan()) + (blocked == 0 ? "" : ", " + blocked + " blocked by the data");
    }

    /** "N steps, M destructive". */
    public static String summary(Plan plan) {
        int n = plan.steps().size();
        return n + (n == 1 ? " step, " : " steps, ") + plan.destructiveSteps().size() + " destructive";
    }
}
