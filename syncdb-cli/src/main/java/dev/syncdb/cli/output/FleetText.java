package dev.syncdb.cli.output;

import dev.syncdb.engine.fleet.FleetResult;
import dev.syncdb.engine.fleet.FleetRunner;
import dev.syncdb.engine.fleet.TargetOutcome;
import dev.syncdb.engine.fleet.TargetStatus;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The text of a fleet run: the live progress line, and the summary at the end (the targets grouped
 * by status and plan hash, each distinct plan's SQL for {@code plan}, and the targets that failed or
 * were refused, with their one-line errors).
 */
public final class FleetText {
    private static final int MAX_LISTED = 20;
    private final PrintStream out;
    private final Style style;

    public FleetText(PrintStream out, Style style) {
        this.out = out;
        this.style = style;
    }

    /** The progress line, rewritten in place; {@code last} ends it. */
    public void progress(FleetRunner.Progress p, boolean last) {
        out.print("\r" + p.done() + "/" + p.total() + " done, " + p.bad() + " failed, " + p.running() + " running"
                + (last ? "\n" : "   "));
        out.flush();
    }

    public void summary(String command, FleetResult r, boolean plans, boolean quiet) {
        List<TargetOutcome> all = r.outcomes();
        long resumed = all.stream().filter(TargetOutcome::resumed).count();
        if (!quiet) {
            out.println("Fleet " + command + ": " + all.size() + " targets in "
                    + String.format(Locale.ROOT, "%.1f s", r.elapsed().toMillis() / 1000.0)
                    + (resumed > 0 ? " (" + resumed + " done by an earlier run, not run again)" : ""));
        }
        for (FleetResult.Group g : r.groups()) {
            String line = String.format(Locale.ROOT, "  %6d  %-11s", g.count(), g.status().words());
            out.println(g.planHash() == null ? line.stripTrailing() : line + "  " + label(command) + " " + g.planHash());
        }
        if (plans || command.equals("status")) {
            printPlans(command, r);
        }
        printBad(all);
    }

    /** With --verbose: how often the desired model was built, and why more than once. */
    public void desired(int builds, String mention) {
        out.println("Desired schema built " + (builds == 1 ? "once, shared by every target" : builds + " times")
                + (mention == null ? "" : " (the model names its own schema, so each such target gets its own: ..."
                + mention.replace('\n', ' ') + "...)"));
    }

    private void printPlans(String command, FleetResult r) {
        for (FleetResult.Group g : r.groups()) {
            String sql = g.planHash() == null ? null : r.plans().get(g.planHash());
            if (sql == null) {
                continue;
            }
            out.println();
            out.println(style.bold(label(command) + " " + g.planHash()) + " (" + g.count() + " targets):");
            sql.lines().forEach(l -> out.println("    " + l));
        }
    }

    private void printBad(List<TargetOutcome> all) {
        List<TargetOutcome> bad = all.stream().filter(o -> o.status().bad()).toList();
        if (bad.isEmpty()) {
            return;
        }
        out.println();
        for (TargetOutcome o : bad.subList(0, Math.min(MAX_LISTED, bad.size()))) {
            String word = o.status() == TargetStatus.REFUSED ? style.hazard("refused", false) : style.bad("failed");
            out.println(word + " " + o.target() + ": " + o.error());
        }
        if (bad.size() > MAX_LISTED) {
            out.println("... and " + (bad.size() - MAX_LISTED) + " more (see --json or the state file)");
        }
    }

    private static String label(String command) {
        return command.equals("status") ? "group" : command.equals("upgrade") ? "migrations" : "plan";
    }
}
