package dev.syncdb.testkit.scenario;

import dev.syncdb.SyncdbException;
import dev.syncdb.diff.DiffOptions;
import dev.syncdb.diff.Differ;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.session.Session;
import dev.syncdb.engine.desired.SqlFilesSource;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Unsupported;
import dev.syncdb.testkit.scenario.ScenarioRunner.Target;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * One direction of a scenario, judged: syncdb applies the target SQL the way the CLI's {@code apply}
 * would; then a second plan must be empty, the database must match one built from the target SQL
 * directly (by syncdb's differ when asked, and always by the independent catalog lines), and every
 * table kept must keep its rows. Every problem is collected; the first one is the one-line message.
 */
final class DirectionCheck {
    private final ScenarioDatabases dbs;
    private final ScenarioOptions options;

    DirectionCheck(ScenarioDatabases dbs, ScenarioOptions options) {
        this.dbs = dbs;
        this.options = options;
    }

    /** A problem found: one line for reports, and the full text for test failures. */
    private record Problem(String summary, String detail) {
    }

    DirectionResult run(Direction d, Scenario s, String db, Target target) {
        Path file = writeTemp(s.to(d));
        try {
            Map<String, Long> rowsBefore = s.hasData() ? RowCounts.of(dbs, db) : Map.of();
            SyncRequest request = new SyncRequest(DatabaseUrl.parse(dbs.url(db)), null,
                    new SqlFilesSource(List.of(file), null), s.diffOptions(d));
            ApplyResult first = new ApplyUseCase().run(request, ApplyOptions.auto(options.allowDestructive()));
            PlanResult again = new PlanUseCase().run(request.withDiffOptions(s.diffOptions(d).withoutRenames()));
            List<Problem> problems = judge(first, again, db, target, s.diffOptions(d).withoutRenames());
            if (s.hasData()) {
                rows(rowsBefore, RowCounts.of(dbs, db), problems);
            }
            if (problems.isEmpty()) {
                return DirectionResult.converged(d, again.plan().notices().stream().map(Unsupported::kind)
                        .distinct().sorted().toList());
            }
            return DirectionResult.failed(d, problems.get(0).summary(),
                    String.join("\n", problems.stream().map(Problem::detail).toList()));
        } catch (SyncdbException e) {
            if (options.acceptRefusal() && e.exitCode() == SyncdbException.REFUSED) {
                return DirectionResult.passedWith(d, "refused as expected: " + Messages.firstLine(e.getMessage()));
            }
            return DirectionResult.failed(d, Messages.firstLine(e.getMessage()), applyFailure(e, db, file, s, d));
        } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
            return DirectionResult.failed(d, e.getClass().getSimpleName() + ": " + Messages.firstLine(e.getMessage())
                    + " at " + Messages.origin(e), applyFailure(e, db, file, s, d));
        } finally {
            deleteQuietly(file);
        }
    }

    private List<Problem> judge(ApplyResult first, PlanResult again, String db, Target target, DiffOptions compared) {
        List<Problem> problems = new ArrayList<>();
        if (options.requireChange() && first.outcome() != ApplyResult.Outcome.APPLIED) {
            String text = "the first apply found nothing to do (" + first.outcome()
                    + "): syncdb does not see the difference this scenario is about";
            problems.add(new Problem(text, text));
        }
        if (!again.plan().isEmpty()) {
            problems.add(new Problem("second plan not empty: " + Messages.shortPlan(again.plan()),
                    "second plan is not empty:\n" + Messages.fullPlan(again.plan())));
        }
        if (options.compareInspected()) {
            compareInspected(db, target.schema(), compared, problems);
        }
        compareCatalog(db, target.catalog(), problems);
        return problems;
    }

    private void compareInspected(String db, Schema expected, DiffOptions compared, List<Problem> problems) {
        String url = dbs.url(db);
        Schema applied = ScenarioRunner.inspect(url);
        List<SchemaChange> left;
        try (Session session = Session.open(DatabaseUrl.parse(url), null, false)) {
            left = new Differ(session.dialect().diffHooks()).diff(applied, expected, compared);
        }
        if (!left.isEmpty()) {
            String text = "differ finds " + left.size() + " change(s) between the applied and a freshly built database";
            problems.add(new Problem(text, text + ":\n" + Messages.changes(left)));
        }
        if (options.requireManaged() && (!expected.unsupported().isEmpty() || !applied.unsupported().isEmpty())) {
            String text = "inspector reports unsupported objects: expected " + expected.unsupported()
                    + ", applied " + applied.unsupported();
            problems.add(new Problem(text, text));
        }
    }

    /** Whether catalog line {@code line} is about table {@code table} (it starts with it or names it after a space). */
    private static boolean mentions(String line, String table) {
        return line.startsWith(table + ".") || line.startsWith(table + " ") || line.equals(table)
                || line.contains(" " + table + ".") || line.contains(" " + table + " ") || line.endsWith(" " + table);
    }

    /** The check that does not go through syncdb: the catalog lines must equal those of the target database. */
    private void compareCatalog(String db, SortedSet<String> expected, List<Problem> problems) {
        SortedSet<String> read;
        try {
            read = options.catalog() == null ? dbs.columns(db) : options.catalog().read(db);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the catalog of " + db + ": " + e.getMessage(), e);
        }
        // syncdb's own table (the apply journal where DDL is not transactional) is not part of the schema
        String own = dev.syncdb.migrate.HistoryStore.TABLE;
        SortedSet<String> actual = new java.util.TreeSet<>(read.stream().filter(x -> !mentions(x, own)).toList());
        if (actual.equals(expected)) {
            return;
        }
        List<String> missing = expected.stream().filter(x -> !actual.contains(x)).toList();
        List<String> extra = actual.stream().filter(x -> !expected.contains(x)).toList();
        List<String> lines = new ArrayList<>();
        extra.forEach(x -> lines.add("- " + x));
        missing.forEach(x -> lines.add("+ " + x));
        problems.add(new Problem("catalog check: columns differ from the SQL loaded directly (missing "
                + missing.stream().limit(3).toList() + ", unexpected " + extra.stream().limit(3).toList() + ")",
                "the catalog differs between the applied (-) and a freshly built (+) database:\n  "
                        + String.join("\n  ", lines)));
    }

    /** Every table kept must have as many rows as before. */
    private static void rows(Map<String, Long> before, Map<String, Long> after, List<Problem> problems) {
        Map<String, Long> was = new TreeMap<>(before);
        Map<String, Long> is = new TreeMap<>(after);
        was.keySet().retainAll(after.keySet());
        is.keySet().retainAll(before.keySet());
        if (!was.equals(is)) {
            String text = "row counts of the tables kept changed: before " + was + ", after " + is;
            problems.add(new Problem(text, text));
        }
    }

    /** The failure of an apply, with the plan it attempted when the options ask for it. */
    private String applyFailure(Throwable e, String db, Path file, Scenario s, Direction d) {
        String text = "apply failed: " + e;
        if (!options.explainFailures()) {
            return text;
        }
        String plan;
        try {
            plan = Messages.fullPlan(new PlanUseCase().run(new SyncRequest(DatabaseUrl.parse(dbs.url(db)), null,
                    new SqlFilesSource(List.of(file), null), s.diffOptions(d))).plan());
        } catch (RuntimeException again) {
            plan = "  (cannot plan either: " + again.getMessage() + ")";
        }
        return text + "\nplan was:\n" + plan;
    }

    private static Path writeTemp(String sql) {
        try {
            Path f = Files.createTempFile("syncdb-scenario-", ".sql");
            Files.writeString(f, sql);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException ignored) {
            // a temporary file
        }
    }
}
