package dev.syncdb.cli.output;

import dev.syncdb.engine.fleet.PhaseTotals;
import dev.syncdb.engine.session.Timings;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Prints what {@code --timings} shows, to stderr: each phase with its start and duration in the
 * order they started (phases that overlap ran side by side), the facts of the run (cache hit or
 * miss), the total since the run started and since the JVM started, and the peak heap.
 */
public final class TimingsText {
    private final PrintStream err;

    public TimingsText(PrintStream err) {
        this.err = err;
    }

    public void print(Timings t) {
        err.println("timings:");
        t.phases().stream().sorted(java.util.Comparator.comparing(Timings.Phase::startedAt)).forEach(p ->
                err.printf(Locale.ROOT, "  %-18s %8.3f s  (at %.3f s)%n", p.name(), seconds(p.took()), seconds(p.startedAt())));
        err.printf(Locale.ROOT, "  %-18s %8.3f s%n", "total", seconds(t.elapsed()));
        ProcessHandle.current().info().startInstant().ifPresent(start ->
                err.printf(Locale.ROOT, "  %-18s %8.3f s%n", "since JVM start", seconds(Duration.between(start, Instant.now()))));
        t.orderedFacts().forEach(f -> err.printf(Locale.ROOT, "  %-18s %s%n", f.getKey(), f.getValue()));
        err.printf(Locale.ROOT, "  %-18s %d MiB%n", "peak heap", peakHeapBytes() >> 20);
    }

    /**
     * What {@code --timings} shows after a fleet run: each phase summed over the targets that ran it,
     * with its mean and longest per target, then the run's wall time and the peak heap.
     */
    public void printFleet(List<PhaseTotals.Total> phases, Duration wall) {
        err.println("timings (phases summed over the targets; they ran side by side):");
        err.printf(Locale.ROOT, "  %-18s %10s %8s %12s %12s%n", "phase", "sum", "targets", "mean", "longest");
        phases.forEach(p -> err.printf(Locale.ROOT, "  %-18s %8.3f s %8d %9.1f ms %9.1f ms%n", p.name(), seconds(p.sum()),
                p.targets(), seconds(p.mean()) * 1000, seconds(p.longest()) * 1000));
        err.printf(Locale.ROOT, "  %-18s %8.3f s%n", "wall time", seconds(wall));
        err.printf(Locale.ROOT, "  %-18s %d MiB%n", "peak heap", peakHeapBytes() >> 20);
    }

    /** The sum of the heap pools' peak usage since the JVM started. */
    public static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
