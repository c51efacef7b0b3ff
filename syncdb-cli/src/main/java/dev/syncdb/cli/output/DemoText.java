package dev.syncdb.cli.output;

import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.plan.PlanResult;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the {@code demo} command shows: its five numbered steps, the row counts before and after,
 * the plan, the apply, the verdict with ✅/❌, and what to try next.
 */
public final class DemoText {
    private final PrintStream out;
    private final Style style;

    public DemoText(PrintStream out, Style style) {
        this.out = out;
        this.style = style;
    }

    public void heading(int n, String text) {
        out.println();
        out.println(style.bold("Step " + n + "/5  " + text));
    }

    public void rowCounts(Map<String, Long> counts) {
        counts.forEach((t, n) -> out.println("  " + t + ": " + n + " rows"));
    }

    public void plan(PlanResult planned, String desired) {
        new PlanText(out, style).print(planned, desired, false);
    }

    public void applied(ApplyResult applied) {
        out.println("  applied " + applied.planned().plan().steps().size() + " steps in " + applied.elapsed().toMillis() + " ms");
    }

    /** The verdict: in sync or not, and each table's rows now against before (a table not there before is new). */
    public void verified(boolean inSync, Map<String, Long> before, Map<String, Long> after) {
        out.println("  " + mark(inSync) + " the database matches version 2: a second plan has no step");
        after.forEach((t, n) -> out.println("  " + mark(!before.containsKey(t) || before.get(t).equals(n))
                + " " + t + ": " + n + " rows" + (before.containsKey(t) ? " (was " + before.get(t) + ")" : " (new)")));
    }

    /**
     * The next commands to try, runnable from any directory: {@code launcher} is the command that
     * started syncdb (its launcher's full path when a launcher says so), the schema files are the
     * demo's own copies beside the database.
     */
    public void tryNext(String launcher, Path db, Path v1) {
        String url = " --url sqlite:" + db.toAbsolutePath();
        String back = " --schema " + v1.toAbsolutePath();
        out.println();
        out.println("Demo database kept at " + db + ". Try, from any directory:");
        out.println("  " + launcher + " plan" + url + back + "    (the way back)");
        out.println("  " + launcher + url + back + "         (the wizard, step by step)");
        out.println("  " + launcher + " status" + url);
        out.println("  " + launcher + " diagram" + url + back + " --format svg --out way-back.svg");
        out.println("  " + launcher + " plan" + url + back + " --format html > review.html");
    }

    private String mark(boolean ok) {
        return ok ? style.good("✅") : style.bad("❌");
    }
}
