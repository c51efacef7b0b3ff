package dev.syncdb.testkit.corpus;

import dev.syncdb.testkit.scenario.Messages;
import dev.syncdb.testkit.scenario.ScenarioDatabases;
import dev.syncdb.testkit.scenario.ServerInfo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs the corpus cases of one dialect: decides skips first, then runs the other cases on a few
 * worker threads, each case under a time limit. A case that runs out of time is failed, its
 * databases are dropped (which ends its sessions) and its thread is abandoned, so one hang cannot
 * stall the run.
 */
public final class CorpusRunner {
    private final Options options;

    /** How to run: time limit per case, number of cases run at once, and a progress listener. */
    public record Options(Duration timeout, int threads, Consumer<CaseOutcome> progress) {
        public static Options defaults() {
            return new Options(Duration.ofSeconds(60), 2, o -> { });
        }
    }

    public CorpusRunner(Options options) {
        this.options = options;
    }

    /** Runs the cases; {@code dbs} may be null for a dialect syncdb does not support (all skipped). */
    public DialectRun run(CorpusDialect dialect, List<CorpusCase> cases, ScenarioDatabases dbs) {
        long t0 = System.nanoTime();
        CaseOutcome[] out = new CaseOutcome[cases.size()];
        List<Integer> toRun = new ArrayList<>();
        ServerInfo server = dbs == null ? new ServerInfo("", java.util.Set.of()) : dbs.serverInfo();
        for (int i = 0; i < cases.size(); i++) {
            Optional<String> skip = SkipRules.skipReason(cases.get(i), dialect, server);
            if (skip.isPresent()) {
                out[i] = CaseOutcome.skipped(dialect, cases.get(i), skip.get());
            } else {
                toRun.add(i);
            }
        }
        runAll(dialect, cases, dbs, toRun, out);
        return new DialectRun(dialect, server.version(), List.of(out), Duration.ofNanos(System.nanoTime() - t0));
    }

    private void runAll(CorpusDialect dialect, List<CorpusCase> cases, ScenarioDatabases dbs, List<Integer> toRun,
                        CaseOutcome[] out) {
        AtomicInteger next = new AtomicInteger();
        List<Thread> drivers = new ArrayList<>();
        for (int t = 0; t < Math.max(1, options.threads()); t++) {
            Thread driver = new Thread(() -> drive(dialect, cases, dbs, toRun, out, next), "corpus-driver-" + t);
            driver.setDaemon(true);
            driver.start();
            drivers.add(driver);
        }
        for (Thread d : drivers) {
            try {
                d.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("corpus run interrupted", e);
            }
        }
    }

    /** One driver: takes the next case, runs it on its worker under the time limit, repeats. */
    private void drive(CorpusDialect dialect, List<CorpusCase> cases, ScenarioDatabases dbs, List<Integer> toRun,
                       CaseOutcome[] out, AtomicInteger next) {
        ExecutorService worker = newWorker();
        try {
            for (int k = next.getAndIncrement(); k < toRun.size(); k = next.getAndIncrement()) {
                int i = toRun.get(k);
                List<String> handles = Collections.synchronizedList(new ArrayList<>());
                CorpusCase c = cases.get(i);
                Future<CaseOutcome> f = worker.submit(() -> new CaseExecution(dialect, dbs, handles).run(c));
                out[i] = await(f, dialect, c);
                if (!f.isDone()) {
                    worker.shutdownNow();
                    handles.forEach(dbs::drop);
                    worker = newWorker();
                }
                options.progress().accept(out[i]);
            }
        } finally {
            worker.shutdownNow();
        }
    }

    private CaseOutcome await(Future<CaseOutcome> f, CorpusDialect dialect, CorpusCase c) {
        try {
            return f.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return failed(dialect, c, "timeout: no result after " + options.timeout().toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return failed(dialect, c, "runner error: " + cause.getClass().getSimpleName() + ": "
                    + Messages.firstLine(cause.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(dialect, c, "interrupted");
        }
    }

    private CaseOutcome failed(CorpusDialect dialect, CorpusCase c, String reason) {
        return new CaseOutcome(dialect, c, CaseOutcome.Status.FAILED, reason, List.of(), options.timeout());
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "corpus-case");
            t.setDaemon(true);
            return t;
        });
    }
}
