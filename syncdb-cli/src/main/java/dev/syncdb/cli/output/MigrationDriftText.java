package dev.syncdb.cli.output;

import dev.syncdb.diff.SchemaChange;
import dev.syncdb.engine.migrate.MigrationDriftUseCase;

import java.io.PrintStream;
import java.util.List;

/** The migration part of {@code check} for people: uncaptured changes and drift, each listed. */
public final class MigrationDriftText {
    private final PrintStream out;

    public MigrationDriftText(PrintStream out) {
        this.out = out;
    }

    public void print(MigrationDriftUseCase.Result r, String dir) {
        out.println("Migrations (" + dir + "): " + r.pending() + " pending");
        list(r.uncaptured(), "  ✅ every change of the desired schema is captured by a migration",
                "  ❌ the desired schema has %d change(s) no migration captures yet (run `syncdb migrate generate -m ...`):");
        list(r.drift(), "  ✅ the database matches what its applied migrations say",
                "  ❌ the database differs in %d way(s) from what its applied migrations say (changed by hand?):");
    }

    private void list(List<SchemaChange> changes, String ok, String bad) {
        if (changes.isEmpty()) {
            out.println(ok);
            return;
        }
        out.println(String.format(bad, changes.size()));
        changes.stream().limit(20).forEach(c -> out.println("      " + c.describe()));
    }
}
