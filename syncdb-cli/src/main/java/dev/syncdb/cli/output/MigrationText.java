package dev.syncdb.cli.output;

import dev.syncdb.engine.migrate.AdoptUseCase;
import dev.syncdb.engine.migrate.GenerateMigrationUseCase;
import dev.syncdb.engine.migrate.MigrationRunResult;
import dev.syncdb.engine.migrate.MigrationStatus;
import dev.syncdb.engine.migrate.RepairUseCase;
import dev.syncdb.migrate.HistoryRow;
import dev.syncdb.migrate.Migration;
import dev.syncdb.migrate.MigrationScript;
import dev.syncdb.plan.Plan;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The migration commands' reports for people: {@code current}, {@code history}, {@code show}, what
 * an {@code upgrade}, {@code downgrade} or {@code stamp} ran, what {@code repair} accepted, and the
 * files {@code migrate generate} wrote.
 */
public final class MigrationText {
    private final PrintStream out;

    public MigrationText(PrintStream out) {
        this.out = out;
    }

    public void current(MigrationStatus s) {
        out.println("Target:  " + s.target());
        out.println("Current: " + s.current() + (s.currentRow() == null ? "" : " (" + s.currentRow().description()
                + ", " + s.currentRow().type() + " " + s.currentRow().installedOn() + " by " + s.currentRow().installedBy() + ")"));
        out.println("Applied: " + s.applied() + ", pending: " + s.pending().size() + (s.pending().isEmpty() ? " (at head)" : ""));
        s.pending().forEach(m -> out.println("  pending " + m.up().fileName()));
        if (s.problem() != null) {
            out.println("Problem: " + s.problem());
        }
    }

    public void history(MigrationStatus s) {
        out.println("Target: " + s.target() + ", current version " + s.current());
        if (s.history().isEmpty()) {
            out.println("No history: no migration has run on this database.");
        }
        for (HistoryRow r : s.history()) {
            out.printf("%3d  %-7s %-18s %-4s %6d ms  %s  %s  %s%n", r.rank(), r.type(), r.version(),
                    r.success() ? "ok" : "FAIL", r.durationMs(), r.installedOn(), r.installedBy(), r.script());
            if (r.type().equals(HistoryRow.ADOPT)) {
                out.println("       adopted from " + r.description());
            }
            if (!r.success()) {
                out.println("       failed at statement " + (r.statementsRun() + 1) + ": "
                        + ErrorReporter.oneLine(r.failedStatement()));
            }
        }
    }

    public void show(Migration m) {
        out.println("Version:     " + m.version());
        out.println("Description: " + m.description());
        script("Up", m.up());
        if (m.down() == null) {
            out.println("Down:        (no down file: downgrade cannot undo it)");
        } else {
            script("Down", m.down());
        }
    }

    private void script(String label, MigrationScript s) {
        out.println(String.format("%-13s", label + ":") + s.path() + " (checksum " + s.checksum() + ")");
        out.println();
        out.println(s.text().strip());
        out.println();
    }

    /** A run: the SQL of a dry run, else (unless {@code quiet}) each recorded row and a summary line. */
    public void run(MigrationRunResult r, String verb, boolean quiet) {
        if (r.dryRun()) {
            out.print(r.sql());
            return;
        }
        if (quiet) {
            return;
        }
        out.println("Target: " + r.target());
        long total = 0;
        for (HistoryRow row : r.ran()) {
            out.println("  " + row.type() + " " + row.script() + (row.type().startsWith(HistoryRow.UP) ||
                    row.type().equals(HistoryRow.DOWN) ? " (" + row.durationMs() + " ms)" : ""));
            total += row.durationMs();
        }
        if (r.ran().isEmpty()) {
            out.println("Nothing to do: the database is at " + r.to() + ".");
        } else {
            out.println(verb + " from " + r.from() + " to " + r.to() + ": " + r.ran().size() + " migration(s) in "
                    + total + " ms.");
        }
    }

    /** What {@code stamp --from} did: the baseline written (paths relative to {@code workDir}), the rows, the position adopted. */
    public void adopted(AdoptUseCase.Result a, boolean quiet, Path workDir) {
        MigrationRunResult r = a.run();
        if (r.dryRun()) {
            out.print(r.sql());
            return;
        }
        if (quiet) {
            return;
        }
        out.println("Target: " + r.target());
        out.println("Found " + a.adopted().describe() + " in " + a.adopted().table() + " (kept as it is)");
        if (a.baseline() != null) {
            out.println("Wrote baseline " + workDir.toAbsolutePath().relativize(a.baseline().toAbsolutePath()) + " ("
                    + a.baselineSteps() + (a.baselineSteps() == 1 ? " step" : " steps") + ": the schema as it is, verified by replaying it; no down file)");
        }
        for (HistoryRow row : r.ran()) {
            out.println("  " + row.type() + " " + (row.type().equals(HistoryRow.ADOPT) ? row.description() : row.script()));
        }
        out.println("Adopted from " + a.adopted().tool().label() + ": syncdb's history is at " + r.to()
                + ". Next: change the desired schema, `syncdb migrate generate -m ...`, `syncdb upgrade`.");
    }

    public void repaired(RepairUseCase.Result result) {
        if (result.repaired().isEmpty() && result.resolved().isEmpty()) {
            out.println("Nothing to repair: every applied file matches its checksum and no run was left midway.");
        }
        for (RepairUseCase.Repaired r : result.repaired()) {
            out.println("accepted " + r.file() + ": checksum " + r.oldChecksum() + " -> " + r.newChecksum());
        }
        for (RepairUseCase.Resolved r : result.resolved()) {
            out.println("resolved " + r.file() + ": statement " + r.statement() + " (running when a run died) marked done;"
                    + " the next run resumes after it: " + r.sql().replaceAll("\\s+", " "));
        }
    }

    /**
     * What {@code migrate generate} wrote, paths relative to {@code workDir}; {@code replay} says what
     * was compared, {@code quiet} leaves out the steps and the advice.
     */
    public void generated(GenerateMigrationUseCase.Result r, boolean replay, boolean quiet, Path workDir) {
        generated(r, replay, quiet, workDir, false);
    }

    /** As above; {@code flyway}: the files are in Flyway's format, so the advice names {@code flyway migrate}. */
    public void generated(GenerateMigrationUseCase.Result r, boolean replay, boolean quiet, Path workDir, boolean flyway) {
        if (!r.written()) {
            out.println("No changes: the " + (replay ? "migrations already produce" : "database already matches")
                    + " the desired schema; no migration written.");
            return;
        }
        Plan plan = r.planned().plan();
        out.println("Generated migration " + r.version() + " (" + PlanText.summary(plan) + "):");
        r.files().forEach(f -> out.println("  " + workDir.toAbsolutePath().relativize(f.toAbsolutePath())));
        if (!quiet) {
            plan.steps().forEach(s -> out.println("    " + s.comment() + (s.destructive() ? "  [DESTRUCTIVE]" : "")));
            out.println("Review the files, then run " + (flyway ? "`flyway migrate` (or `syncdb upgrade`)." : "`syncdb upgrade`."));
        }
    }
}
