package dev.syncdb.cli.output;

import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.apply.RecreateResult;

import java.io.PrintStream;
import java.util.List;

/**
 * How changes to the database are reported: an apply that ran or was declined, and
 * {@code --force-recreate}'s warning before its confirmation and its result.
 */
public final class ApplyText {
    public static final String CANCELLED = "Cancelled: nothing was changed.";

    private final PrintStream out;

    public ApplyText(PrintStream out) {
        this.out = out;
    }

    public void cancelled() {
        out.println(CANCELLED);
    }

    public void applied(ApplyResult result) {
        int n = result.planned().plan().steps().size();
        out.println("Applied " + n + (n == 1 ? " step" : " steps") + " in " + result.elapsed().toMillis()
                + " ms; verified: the database matches the desired schema.");
    }

    /** What {@code --force-recreate} drops: the first ten table names. */
    public void willRecreate(List<String> tables) {
        out.println("--force-recreate drops every table of the database (" + BackupText.count(tables.size(), "table")
                + ": " + String.join(", ", tables.subList(0, Math.min(10, tables.size())))
                + (tables.size() > 10 ? ", ..." : "") + ") and all their rows, then recreates them from the desired schema.");
    }

    /** {@code seed} the seed paths as the user gave them (empty = none). */
    public void recreated(RecreateResult r, String desired, List<String> seed) {
        out.println("Recreated " + r.maskedUrl() + " from " + desired + " in " + r.elapsedMillis()
                + " ms: dropped " + BackupText.count(r.dropped().size(), "table") + ", created "
                + BackupText.count(r.created().size(), "table") + seeded(r, seed)
                + "; verified: the database matches the desired schema.");
    }

    private static String seeded(RecreateResult r, List<String> seed) {
        return seed.isEmpty() ? "" : ", ran " + BackupText.count(r.seedStatements(), "seed statement") + " from "
                + String.join(", ", seed);
    }
}
