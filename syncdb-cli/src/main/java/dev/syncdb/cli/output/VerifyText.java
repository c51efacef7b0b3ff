package dev.syncdb.cli.output;

import dev.syncdb.engine.verify.RequiredTable;
import dev.syncdb.engine.verify.VerifyResult;

import java.io.PrintStream;

/**
 * The {@code verify} report: ✅/❌ per required table and, when a desired schema was given, whether
 * the database matches it, with the differences grouped by table when it does not.
 */
public final class VerifyText {
    private final PrintStream out;
    private final Style style;

    public VerifyText(PrintStream out, Style style) {
        this.out = out;
        this.style = style;
    }

    /** {@code desired} describes the desired schema (unused when none was given). */
    public void print(VerifyResult v, String desired) {
        out.println("Target: " + v.maskedUrl() + " (" + v.serverVersion() + ")");
        for (RequiredTable r : v.required()) {
            out.println(mark(r.present()) + " " + r.name() + (r.present() ? "" : " (missing)"));
        }
        if (v.planned() != null) {
            int n = v.planned().plan().steps().size();
            out.println(mark(v.matches()) + " " + (v.matches() ? "the database matches " + desired
                    : "the database differs from " + desired + ": " + n + (n == 1 ? " difference" : " differences")));
            if (!v.matches()) {
                new CheckText(out, style).changes(v.planned(), "    ", false);
            }
        } else if (v.required().isEmpty()) {
            out.println("Nothing to verify: give --schema and/or --require (or schema:/require: in syncdb.yaml).");
        }
        if (!v.requiredPresent()) {
            out.println("Missing: " + String.join(", ", RequiredTable.missing(v.required())));
        }
    }

    private String mark(boolean ok) {
        return ok ? style.good("✅") : style.bad("❌");
    }
}
