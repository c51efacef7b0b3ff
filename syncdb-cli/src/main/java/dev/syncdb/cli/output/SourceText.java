package dev.syncdb.cli.output;

import dev.syncdb.engine.desired.SourceFindings;

import java.io.PrintStream;

/**
 * What the desired source found, for people: its summary line ("Found 25 entities (27 tables) in 7
 * packages"), with {@code --verbose} the details behind it (every entity), and its warnings (tables
 * no entity maps, a suspected naming mismatch). Each line starts with {@code prefix}, so the plan
 * can keep everything but its statements a SQL comment.
 */
public final class SourceText {
    private final PrintStream out;
    private final Style style;
    private final String prefix;

    public SourceText(PrintStream out, Style style, String prefix) {
        this.out = out;
        this.style = style;
        this.prefix = prefix;
    }

    /** Prints the findings; returns whether anything was printed. */
    public boolean print(SourceFindings found, boolean verbose) {
        if (found.summary() == null && found.warnings().isEmpty()) {
            return false;
        }
        if (found.summary() != null) {
            out.println(prefix + found.summary() + (verbose || found.details().isEmpty() ? "" : " (--verbose lists them)"));
        }
        if (verbose) {
            found.details().forEach(d -> out.println(prefix + "  " + d));
        }
        for (String w : found.warnings()) {
            out.println(style.hazard(prefix + "warning: " + w, w.startsWith("NAMING")));
        }
        return true;
    }
}
