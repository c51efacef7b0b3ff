package dev.syncdb.engine.fleet;

import dev.syncdb.engine.session.Timings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The phases of a fleet run's targets summed by name (connect, inspect current, diff, apply, ...):
 * what {@code --timings} shows for a fleet, so a phase whose time grows with the fleet stands out.
 * Targets add their {@link Timings} from the worker threads as they finish; only the sums are kept.
 */
public final class PhaseTotals {
    /** One phase over the targets that ran it: how many, the time summed, the longest. */
    public record Total(String name, int targets, Duration sum, Duration longest) {
        /** The mean time of the phase per target that ran it. */
        public Duration mean() {
            return targets == 0 ? Duration.ZERO : sum.dividedBy(targets);
        }
    }

    private final Map<String, long[]> sums = new LinkedHashMap<>();

    /** Adds the phases one target recorded. */
    public synchronized void add(Timings timings) {
        for (Timings.Phase p : timings.phases()) {
            long[] s = sums.computeIfAbsent(p.name(), k -> new long[3]);
            s[0]++;
            s[1] += p.took().toNanos();
            s[2] = Math.max(s[2], p.took().toNanos());
        }
    }

    /** The phases in the order they were first seen. */
    public synchronized List<Total> totals() {
        List<Total> out = new ArrayList<>();
        sums.forEach((name, s) -> out.add(new Total(name, (int) s[0], Duration.ofNanos(s[1]), Duration.ofNanos(s[2]))));
        return out;
    }
}
