package dev.syncdb.cli.output;

import dev.syncdb.diff.SchemaChange;
import dev.syncdb.engine.apply.CreateTablesResult;

import java.io.PrintStream;

/**
 * The {@code create-tables} report: each table created, skipped (it exists) or kept (not in the
 * desired schema), a count line, and the differences found in existing tables, which are not applied.
 */
public final class CreateTablesText {
    private final PrintStream out;
    private final Style style;

    public CreateTablesText(PrintStream out, Style style) {
        this.out = out;
        this.style = style;
    }

    public void print(CreateTablesResult r, String desired) {
        out.println("Target:  " + r.maskedUrl() + " (" + r.serverVersion() + ")");
        out.println("Desired: " + desired);
        r.created().forEach(t -> out.println("  " + style.good("created") + "  " + t));
        r.skipped().forEach(t -> out.println("  " + style.dim("skipped") + "  " + t + " (exists; left as it is)"));
        r.extra().forEach(t -> out.println("  " + style.dim("kept   ") + "  " + t + " (not in the desired schema; left as it is)"));
        out.println("Created " + BackupText.count(r.created().size(), "table") + ", skipped " + r.skipped().size()
                + " that exist" + (r.created().isEmpty() ? "" : ", in " + r.elapsedMillis() + " ms") + ".");
        if (!r.differences().isEmpty()) {
            out.println(style.hazard(r.differences().size() + " difference(s) in existing tables, not applied:", false));
            for (SchemaChange c : r.differences()) {
                out.println("    " + c.describe());
            }
            out.println("Run `syncdb plan` to see the SQL, `syncdb apply` to apply it, or use --missing-only to adopt them as they are.");
        }
    }
}
