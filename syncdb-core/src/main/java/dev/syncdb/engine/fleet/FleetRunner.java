package dev.syncdb.engine.fleet;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.session.Session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one {@link TargetWork} over a fleet: at most {@code parallel} targets at a time, first a canary
 * phase of {@code canary} targets (the rest is skipped when one of them fails or is refused), then
 * the others, stopping at the first failure unless {@code continueOnError}. Each finished target is
 * recorded in the {@link FleetState} at once; with an earlier state, targets whose work is done are
 * not run again. Nothing of a finished target is kept but its {@link TargetOutcome} (and the SQL of
 * the first plan of each hash), so memory does not grow with the fleet's models.
 */
public final class FleetRunner {

    /** How the run is scheduled. */
    public record Options(int parallel, int canary, boolean continueOnError) {
        public Options {
            if (parallel < 1) {
                throw SyncdbException.error("--parallel must be at least 1");
            }
            if (canary < 0) {
                throw SyncdbException.error("--canary must not be negative");
            }
        }
    }

    /** Counts for a progress line: finished (any status), bad (failed or refused), running now, of total. */
    public record Progress(int done, int bad, int running, int total) {
    }

    /** Hears of each target as it starts and finishes (called from the worker threads). */
    public interface Listener {
        default void started(FleetTarget target, Progress p) {
        }

        default void finished(TargetOutcome outcome, Progress p) {
        }
    }

    private final Options options;
    private final FleetState state;
    private final Listener listener;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger bad = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Map<String, String> plans = new ConcurrentHashMap<>();
    private int total;

    /** {@code state} null = no state file. */
    public FleetRunner(Options options, FleetState state, Listener listener) {
        this.options = options;
        this.state = state;
        this.listener = listener == null ? new Listener() { } : listener;
    }

    public FleetResult run(List<FleetTarget> targets, TargetWork work) {
        long t0 = System.nanoTime();
        total = targets.size();
        TargetOutcome[] out = new TargetOutcome[total];
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            TargetOutcome before = state == null ? null : state.earlier(targets.get(i).id());
            if (before != null && before.status().done()) {
                out[i] = before;
                done.incrementAndGet();
            } else {
                pending.add(i);
            }
        }
        int k = Math.min(options.canary(), pending.size());
        phase(targets, pending.subList(0, k), work, out, true);
        if (pending.subList(0, k).stream().anyMatch(i -> out[i].status().bad())) {
            stop.set(true);
        }
        phase(targets, pending.subList(k, pending.size()), work, out, options.continueOnError());
        for (int i = 0; i < total; i++) {
            if (out[i] == null) {
                out[i] = TargetOutcome.skipped(targets.get(i));
            }
        }
        return new FleetResult(List.of(out), plans, Duration.ofNanos(System.nanoTime() - t0));
    }

    /** Runs the targets at {@code indexes}; {@code goOn} false = stop at the first bad one. */
    private void phase(List<FleetTarget> targets, List<Integer> indexes, TargetWork work, TargetOutcome[] out,
                       boolean goOn) {
        if (indexes.isEmpty() || stop.get()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.parallel(), indexes.size()), r -> {
            Thread t = new Thread(r, "syncdb-fleet");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i : indexes) {
                pool.execute(() -> {
                    if (stop.get()) {
                        return;
                    }
                    TargetOutcome o = one(targets.get(i), work);
                    out[i] = o;
                    if (o.status().bad() && !goOn) {
                        stop.set(true);
                    }
                });
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                // a fleet may take long; keep waiting
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw SyncdbException.error("interrupted");
        }
    }

    private TargetOutcome one(FleetTarget target, TargetWork work) {
        listener.started(target, new Progress(done.get(), bad.get(), running.incrementAndGet(), total));
        long t0 = System.nanoTime();
        TargetOutcome o;
        try {
            TargetWork.Done d = work.run(target);
            if (d.planHash() != null && d.planText() != null) {
                plans.putIfAbsent(d.planHash(), d.planText());
            }
            o = outcome(target, d.status(), d.planHash(), t0, null);
        } catch (SyncdbException e) {
            TargetStatus s = e.exitCode() == SyncdbException.REFUSED ? TargetStatus.REFUSED : TargetStatus.FAILED;
            o = outcome(target, s, null, t0, e.getMessage());
        } catch (RuntimeException e) {
            o = outcome(target, TargetStatus.FAILED, null, t0, String.valueOf(e.getMessage()));
        }
        if (state != null) {
            state.record(o);
        }
        if (o.status().bad()) {
            bad.incrementAndGet();
        }
        int d = done.incrementAndGet();
        listener.finished(o, new Progress(d, bad.get(), running.decrementAndGet(), total));
        return o;
    }

    private static TargetOutcome outcome(FleetTarget t, TargetStatus s, String hash, long t0, String error) {
        String line = error == null ? null : DatabaseUrl.maskText(Session.oneLine(error));
        return new TargetOutcome(t.id(), s, hash, Instant.now(), Duration.ofNanos(System.nanoTime() - t0), line, false);
    }
}
