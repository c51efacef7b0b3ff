package dev.syncdb.engine.desired;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.Dialect;
import dev.syncdb.dialect.Scratch;
import dev.syncdb.engine.session.Session;
import dev.syncdb.model.Schema;
import dev.syncdb.sql.SqlScript;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * A script materialized in one scratch place, or in several: the parts its dialect splits it into
 * ({@link dev.syncdb.dialect.Materialization#parts}), and read back as one schema
 * ({@link dev.syncdb.dialect.Inspector#inspectParts}). The parts run side by side, one per core;
 * when statements fail, the error reported is that of the first failing statement in script
 * order, the one a run in one place would have stopped at.
 */
public final class ScratchParts {
    /** Opens one scratch place. */
    @FunctionalInterface
    public interface Opener {
        Scratch open() throws SQLException;
    }

    private final Dialect dialect;
    private final List<ScriptStatement> statements;
    private final List<List<Integer>> parts;

    private ScratchParts(Dialect dialect, List<ScriptStatement> statements, List<List<Integer>> parts) {
        this.dialect = dialect;
        this.statements = statements;
        this.parts = parts;
    }

    /** The parts {@code dialect} splits {@code scripts} into: one, all statements, unless it splits them. */
    public static ScratchParts of(Dialect dialect, List<SqlScript> scripts) {
        List<ScriptStatement> statements = ScriptRunner.statements(dialect.splitOptions(), scripts);
        List<List<Integer>> parts = dialect.parts(statements.stream().map(ScriptStatement::sql).toList())
                .filter(p -> p.size() > 1)
                .map(p -> p.stream().map(List::copyOf).toList())
                .orElseGet(() -> List.of(IntStream.range(0, statements.size()).boxed().toList()));
        return new ScratchParts(dialect, statements, parts);
    }

    /** How many places the script runs in. */
    public int size() {
        return parts.size();
    }

    /** One scratch place per part; when one cannot be opened, those already open are closed. */
    public List<Scratch> open(Opener opener) throws SQLException {
        List<Scratch> places = new ArrayList<>();
        try {
            for (int i = 0; i < parts.size(); i++) {
                places.add(opener.open());
            }
            return places;
        } catch (SQLException | RuntimeException e) {
            close(places);
            throw e;
        }
    }

    /** Runs each part in its place; throws the error of the first failing statement in script order. */
    public void run(List<Scratch> places) {
        if (parts.size() == 1) {
            Failure failure = runPart(places.get(0), parts.get(0));
            if (failure != null) {
                throw failure.error();
            }
            return;
        }
        int threads = Math.min(parts.size(), Math.max(1, Runtime.getRuntime().availableProcessors()));
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "syncdb-part-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Failure>> results = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                Scratch place = places.get(i);
                List<Integer> part = parts.get(i);
                results.add(pool.submit(() -> runPart(place, part)));
            }
            Failure first = null;
            for (Future<Failure> f : results) {
                Failure failure = f.get();
                if (failure != null && (first == null || failure.index() < first.index())) {
                    first = failure;
                }
            }
            if (first != null) {
                throw first.error();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SyncdbException.error("interrupted while materializing the desired schema");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The schema the places hold together. */
    public Schema inspect(List<Scratch> places) throws SQLException {
        List<Connection> connections = places.stream().map(Scratch::connection).toList();
        return dialect.inspector().inspectParts(connections, places.get(0).schemaName());
    }

    /** Closes every place (errors are the places' own business: they clean up after themselves). */
    public static void close(List<Scratch> places) {
        places.forEach(Scratch::close);
    }

    /** A part's first failing statement (its index in the whole script) and the error for it. */
    private record Failure(int index, RuntimeException error) {
    }

    private Failure runPart(Scratch place, List<Integer> part) {
        List<ScriptStatement> mine = part.stream().map(statements::get).toList();
        int[] failedAt = {Integer.MAX_VALUE};
        try {
            ScriptRunner runner = ScriptRunner.forScratch(dialect, place.connection());
            runner.run(place.connection(), mine, st -> {
                for (int i = 0; i < mine.size(); i++) {
                    if (mine.get(i) == st) {
                        failedAt[0] = part.get(i);
                        return;
                    }
                }
            });
            return null;
        } catch (SQLException e) {
            return new Failure(Integer.MAX_VALUE,
                    SyncdbException.error("cannot materialize the desired schema: " + Session.oneLine(e.getMessage())));
        } catch (RuntimeException e) {
            return new Failure(failedAt[0], e);
        }
    }
}
