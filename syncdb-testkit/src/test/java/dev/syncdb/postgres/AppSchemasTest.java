package dev.syncdb.postgres;

import dev.syncdb.diff.SchemaChange;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.model.Schema;
import dev.syncdb.testkit.scenario.Messages;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Schemas of real open-source applications (under {@code apps/}: functions, triggers, extensions,
 * domains, row-level security, partitioned tables) run through syncdb on the embedded PostgreSQL:
 * built from nothing, re-planned unchanged, moved with data to their next version, and dropped.
 * After each apply the database must match one built directly from the target SQL, both by
 * syncdb's differ and by independent catalog reads ({@link PgCatalog}, {@link AppCatalog}).
 * Tagged {@code apps}; part of the build (a local run may skip it with
 * {@code -Dsyncdb.excludedTestGroups=apps}).
 */
@Tag("apps")
class AppSchemasTest {

    private static final String EMPTY = "-- nothing\n";

    static List<AppSchema> apps() {
        return AppSchema.loadAll();
    }

    /** Empty database to full.sql: converges, and a second plan is empty. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("apps")
    void emptyToFull(AppSchema app, @TempDir Path tmp) throws Exception {
        PgServer server = PgServers.embedded();
        String db = server.freshDatabase();
        try {
            List<String> problems = new ArrayList<>();
            if (!applyAndConverge(server, db, app.full(), false, tmp, problems)) {
                String reference = server.freshDatabase();
                try {
                    PgSync.runSql(server, reference, app.full());
                    unsupported(PgSync.inspect(server, reference), problems);
                } finally {
                    server.dropDatabase(reference);
                }
            }
            report(app, "empty -> full", problems);
        } finally {
            server.dropDatabase(db);
        }
    }

    /** A database built from full.sql, planned against full.sql: nothing to do. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("apps")
    void fullToSameIsEmpty(AppSchema app, @TempDir Path tmp) throws Exception {
        PgServer server = PgServers.embedded();
        String db = server.freshDatabase();
        try {
            List<String> problems = new ArrayList<>();
            server.run(db, app.full());
            PlanResult plan = plan(server, db, app.full(), tmp, problems);
            if (plan != null && !plan.plan().isEmpty()) {
                problems.add("plan is not empty:\n" + Messages.fullPlan(plan.plan()));
            }
            report(app, "full -> same", problems);
        } finally {
            server.dropDatabase(db);
        }
    }

    /** full.sql with rows to edited.sql, without destructive steps: keeps every row and converges. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("apps")
    void fullWithRowsToEdited(AppSchema app, @TempDir Path tmp) throws Exception {
        PgServer server = PgServers.embedded();
        String db = server.freshDatabase();
        try {
            List<String> problems = new ArrayList<>();
            server.run(db, app.full());
            server.run(db, app.rows());
            TableContents before = TableContents.read(server, db);
            if (before.rowCount() == 0) {
                problems.add("rows.sql loaded no rows");
            }
            if (applyAndConverge(server, db, app.edited(), false, tmp, problems)) {
                problems.addAll(0, before.lostFrom(TableContents.read(server, db)));
            }
            report(app, "full + rows -> edited", problems);
        } finally {
            server.dropDatabase(db);
        }
    }

    /** full.sql to an empty schema, destructive steps allowed: no managed object is left. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("apps")
    void fullToEmpty(AppSchema app, @TempDir Path tmp) throws Exception {
        PgServer server = PgServers.embedded();
        String db = server.freshDatabase();
        try {
            List<String> problems = new ArrayList<>();
            server.run(db, app.full());
            if (apply(server, db, EMPTY, true, tmp, problems) != null) {
                List<String> left = AppCatalog.leftovers(server, db);
                if (!left.isEmpty()) {
                    problems.add(left.size() + " object(s) left after dropping everything:\n  " + String.join("\n  ", left));
                }
            }
            report(app, "full -> empty", problems);
        } finally {
            server.dropDatabase(db);
        }
    }

    /**
     * Applies {@code sql} to {@code db}, then checks that a second plan is empty and that the
     * database matches one built directly from {@code sql}. False when the apply itself failed.
     */
    private static boolean applyAndConverge(PgServer server, String db, String sql, boolean destructive, Path tmp,
                                            List<String> problems) throws Exception {
        ApplyResult first = apply(server, db, sql, destructive, tmp, problems);
        if (first == null) {
            return false;
        }
        if (first.outcome() != ApplyResult.Outcome.APPLIED) {
            problems.add("apply found nothing to do (" + first.outcome() + ")");
        }
        PlanResult again = plan(server, db, sql, tmp, problems);
        if (again != null && !again.plan().isEmpty()) {
            problems.add("second plan is not empty:\n" + Messages.fullPlan(again.plan()));
        }
        compareWithFreshBuild(server, db, sql, problems);
        return true;
    }

    private static void compareWithFreshBuild(PgServer server, String db, String sql, List<String> problems)
            throws Exception {
        String reference = server.freshDatabase();
        try {
            PgSync.runSql(server, reference, sql);
            Schema applied = PgSync.inspect(server, db);
            Schema expected = PgSync.inspect(server, reference);
            List<SchemaChange> left = PgSync.diff(server, db, applied, expected);
            if (!left.isEmpty()) {
                problems.add("differ finds " + left.size() + " change(s) between the applied and a freshly built database:\n"
                        + Messages.changes(left));
            }
            unsupported(expected, problems);
            List<String> catalog = PgCatalog.difference(PgCatalog.describe(server, db), PgCatalog.describe(server, reference));
            catalog.addAll(PgCatalog.difference(AppCatalog.describe(server, db), AppCatalog.describe(server, reference)));
            if (!catalog.isEmpty()) {
                problems.add("pg_catalog differs between the applied (-) and a freshly built (+) database ("
                        + catalog.size() + " lines):\n  " + String.join("\n  ", catalog));
            }
        } finally {
            server.dropDatabase(reference);
        }
    }

    /** Notes what the inspector reports as unsupported in {@code schema}, grouped by kind. */
    private static void unsupported(Schema schema, List<String> problems) {
        if (schema.unsupported().isEmpty()) {
            return;
        }
        java.util.Map<String, List<String>> byKind = new java.util.TreeMap<>();
        schema.unsupported().forEach(u -> byKind.computeIfAbsent(u.kind(), k -> new ArrayList<>()).add(u.name()));
        StringBuilder sb = new StringBuilder("inspector reports " + schema.unsupported().size() + " unsupported object(s):");
        byKind.forEach((kind, names) -> sb.append("\n  ").append(kind).append(" x").append(names.size())
                .append(": ").append(String.join(", ", names)));
        problems.add(sb.toString());
    }

    /** Applies {@code sql} to {@code db}; on failure notes the error and returns null. */
    private static ApplyResult apply(PgServer server, String db, String sql, boolean destructive, Path tmp,
                                     List<String> problems) {
        SyncRequest request = request(server, db, sql, tmp);
        try {
            return new ApplyUseCase().run(request, ApplyOptions.auto(destructive));
        } catch (RuntimeException e) {
            String plan;
            try {
                plan = Messages.fullPlan(new PlanUseCase().run(request).plan());
            } catch (RuntimeException again) {
                plan = "  (cannot plan either: " + again.getMessage() + ")";
            }
            problems.add("apply failed: " + e.getMessage() + "\nplan was:\n" + plan);
            return null;
        }
    }

    /** Plans {@code sql} against {@code db}; on failure notes the error and returns null. */
    private static PlanResult plan(PgServer server, String db, String sql, Path tmp, List<String> problems) {
        try {
            return new PlanUseCase().run(request(server, db, sql, tmp));
        } catch (RuntimeException e) {
            problems.add("plan failed: " + e.getMessage());
            return null;
        }
    }

    private static SyncRequest request(PgServer server, String db, String sql, Path tmp) {
        return PgSync.request(server, db, PgSync.write(tmp, "schema-" + System.nanoTime() + ".sql", sql));
    }

    private static void report(AppSchema app, String check, List<String> problems) {
        if (!problems.isEmpty()) {
            fail("[" + app.name() + "] " + check + ": " + problems.size() + " problem(s)\n"
                    + String.join("\n", problems));
        }
    }
}
