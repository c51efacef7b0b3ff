package dev.syncdb.testkit.corpus;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.desired.SqlFilesSource;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.model.Unsupported;
import dev.syncdb.plan.PlanStep;
import dev.syncdb.testkit.corpus.CaseDatabases.RejectedSqlException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * Runs one corpus case in both directions the way the CLI's {@code apply} would: two fresh
 * databases, one loaded with {@code current} and one with {@code desired} directly; then syncdb
 * applies the other side to each (destructive steps allowed) and a second plan must be empty.
 * As a check independent of syncdb, the tables and columns then read from the catalog must equal
 * those of the other database. {@code error} cases run without permission for destructive steps: a refusal passes, as does
 * converging (nothing data-losing was needed). The databases made are recorded in
 * {@code handles} so a timed-out case can be cleaned up from outside.
 */
final class CaseExecution {
    private final CorpusDialect dialect;
    private final CaseDatabases dbs;
    private final List<String> handles;

    CaseExecution(CorpusDialect dialect, CaseDatabases dbs, List<String> handles) {
        this.dialect = dialect;
        this.dbs = dbs;
        this.handles = handles;
    }

    CaseOutcome run(CorpusCase c) {
        long t0 = System.nanoTime();
        String a = create();
        String b = create();
        try {
            String rejected = loadBoth(c, a, b);
            if (rejected != null) {
                return outcome(c, CaseOutcome.Status.REJECTED, rejected, List.of(), t0);
            }
            SortedSet<String> currentColumns = dbs.columns(a);
            SortedSet<String> desiredColumns = dbs.columns(b);
            List<DirectionResult> results = new ArrayList<>();
            results.add(check(direction(Direction.UP, a, c.desired(), c.expectsError()), a, desiredColumns));
            results.add(check(direction(Direction.DOWN, b, c.current(), c.expectsError()), b, currentColumns));
            boolean ok = results.stream().allMatch(DirectionResult::passed);
            String reason = results.stream().filter(r -> !r.passed()).findFirst()
                    .map(r -> r.direction().label() + ": " + r.message()).orElse(null);
            return outcome(c, ok ? CaseOutcome.Status.PASSED : CaseOutcome.Status.FAILED, reason, results, t0);
        } finally {
            dbs.drop(a);
            dbs.drop(b);
        }
    }

    /**
     * The check that does not go through syncdb: after a converged direction, the tables and columns
     * read from the catalog must equal those of the "to" SQL loaded directly.
     */
    private DirectionResult check(DirectionResult r, String db, SortedSet<String> expected) {
        if (!r.passed() || r.message() != null) {
            return r;
        }
        SortedSet<String> actual = dbs.columns(db);
        if (actual.equals(expected)) {
            return r;
        }
        List<String> missing = expected.stream().filter(x -> !actual.contains(x)).limit(3).toList();
        List<String> extra = actual.stream().filter(x -> !expected.contains(x)).limit(3).toList();
        return DirectionResult.failed(r.direction(), "catalog check: columns differ from the SQL loaded directly "
                + "(missing " + missing + ", unexpected " + extra + ")");
    }

    private String create() {
        String h = dbs.create();
        handles.add(h);
        return h;
    }

    /** Loads current into a and desired into b; the database's message when it refuses either. */
    private String loadBoth(CorpusCase c, String a, String b) {
        try {
            dbs.load(a, c.current());
        } catch (RejectedSqlException e) {
            return "current: " + firstLine(e.getMessage());
        }
        try {
            dbs.load(b, c.desired());
        } catch (RejectedSqlException e) {
            return "desired: " + firstLine(e.getMessage());
        }
        return null;
    }

    private DirectionResult direction(Direction d, String db, String toSql, boolean expectsError) {
        Path file = writeTemp(toSql);
        try {
            SyncRequest request = new SyncRequest(DatabaseUrl.parse(dbs.url(db)), null,
                    new SqlFilesSource(List.of(file), null), null);
            new ApplyUseCase().run(request, ApplyOptions.auto(!expectsError));
            PlanResult again = new PlanUseCase().run(request);
            if (!again.plan().isEmpty()) {
                return DirectionResult.failed(d, "second plan not empty: " + describe(again));
            }
            return DirectionResult.converged(d, again.plan().notices().stream().map(Unsupported::kind)
                    .distinct().sorted().toList());
        } catch (SyncdbException e) {
            if (expectsError && e.exitCode() == SyncdbException.REFUSED) {
                return new DirectionResult(d, true, "refused as expected: " + firstLine(e.getMessage()), null);
            }
            return DirectionResult.failed(d, firstLine(e.getMessage()));
        } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
            return DirectionResult.failed(d, e.getClass().getSimpleName() + ": " + firstLine(e.getMessage())
                    + " at " + origin(e));
        } finally {
            deleteQuietly(file);
        }
    }

    private static String describe(PlanResult plan) {
        List<PlanStep> steps = plan.plan().steps();
        return steps.size() + " step(s): " + steps.stream().limit(3).map(PlanStep::comment)
                .collect(Collectors.joining("; ")) + (steps.size() > 3 ? "; ..." : "");
    }

    /** The first stack frame in syncdb code, to tell crashes apart. */
    private static String origin(Throwable e) {
        for (StackTraceElement el : e.getStackTrace()) {
            if (el.getClassName().startsWith("dev.syncdb.")) {
                return el.getClassName().replaceAll(".*\\.", "") + "." + el.getMethodName();
            }
        }
        return e.getStackTrace().length > 0 ? e.getStackTrace()[0].toString() : "?";
    }

    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "(no message)";
        }
        return message.strip().lines().findFirst().orElse("").strip();
    }

    private CaseOutcome outcome(CorpusCase c, CaseOutcome.Status s, String reason, List<DirectionResult> r,
                                long t0) {
        return new CaseOutcome(dialect, c, s, reason, r, Duration.ofNanos(System.nanoTime() - t0));
    }

    private static Path writeTemp(String sql) {
        try {
            Path f = Files.createTempFile("syncdb-corpus-", ".sql");
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
