package dev.syncdb.cli.output;

import dev.syncdb.engine.verify.RequiredTable;
import dev.syncdb.engine.verify.StatusResult;

import java.io.PrintStream;

/**
 * The {@code status} report for people: the connection (server version), the tables, the migration
 * version with its pending files, and each required table ✅/❌.
 */
public final class StatusText {
    private final PrintStream out;
    private final Style style;

    public StatusText(PrintStream out, Style style) {
        this.out = out;
        this.style = style;
    }

    /** {@code migrationsDir} is the directory as the user named it, for the "no migrations" line. */
    public void print(StatusResult s, String migrationsDir) {
        out.println(style.good("✅") + " connected to " + s.maskedUrl() + " (" + s.serverVersion() + "), schema " + s.schemaName());
        out.println("Tables (" + s.tables().size() + "): " + (s.tables().isEmpty() ? "none" : String.join(", ", s.tables())));
        if (!s.otherHistories().isEmpty()) {
            out.println("Other tools' history: " + String.join(", ", s.otherHistories()) + " (kept as it is, never changed by syncdb)");
        }
        StatusResult.Migrations m = s.migrations();
        if (m == null) {
            out.println("Migrations: none (no " + migrationsDir + " directory, no history table)");
        } else {
            out.println("Migrations: at " + m.current() + ", " + m.applied() + " applied, " + m.pending().size() + " pending"
                    + (m.pending().isEmpty() ? "" : " (" + String.join(", ", m.pending()) + ")"));
            if (m.adoptedFrom() != null) {
                out.println("Adopted from " + m.adoptedFrom());
            }
            if (m.problem() != null) {
                out.println(style.bad("❌") + " " + m.problem());
            }
        }
        if (!s.required().isEmpty()) {
            out.println("Required tables:");
            for (RequiredTable r : s.required()) {
                out.println("  " + (r.present() ? style.good("✅") : style.bad("❌")) + " " + r.name()
                        + (r.present() ? "" : " (missing)"));
            }
        }
    }
}
