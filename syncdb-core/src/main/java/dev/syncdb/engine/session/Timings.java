package dev.syncdb.engine.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A record of how long each phase of one run took (connect, materialize, inspect, diff, plan, ...)
 * and of facts about the run such as whether the desired-model cache was hit; what {@code --timings}
 * prints. Phases that run side by side are recorded from their own threads, so every method is
 * synchronized.
 */
public final class Timings {
    /** One timed phase: its name, how long it took, and when it started relative to the first one. */
    public record Phase(String name, Duration took, Duration startedAt) {
    }

    private final long origin = System.nanoTime();
    private final List<Phase> phases = new ArrayList<>();
    private final Map<String, String> facts = new LinkedHashMap<>();

    /** Runs {@code work} and records it as phase {@code name}, also when it fails. */
    public <T> T time(String name, Supplier<T> work) {
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            record(name, t0, System.nanoTime());
        }
    }

    /** Runs {@code work} and records it as phase {@code name}, also when it fails. */
    public void run(String name, Runnable work) {
        time(name, () -> {
            work.run();
            return null;
        });
    }

    /** Records phase {@code name} as having run from {@code startNanos} to {@code endNanos} ({@link System#nanoTime()}). */
    public synchronized void record(String name, long startNanos, long endNanos) {
        phases.add(new Phase(name, Duration.ofNanos(endNanos - startNanos), Duration.ofNanos(Math.max(0, startNanos - origin))));
    }

    /** Records a fact about the run, e.g. {@code cache = hit}; a later value replaces an earlier one. */
    public synchronized void fact(String key, String value) {
        facts.put(key, value);
    }

    public synchronized List<Phase> phases() {
        return List.copyOf(phases);
    }

    public synchronized Map<String, String> facts() {
        return Map.copyOf(new LinkedHashMap<>(facts));
    }

    /** The facts in the order they were recorded. */
    public synchronized List<Map.Entry<String, String>> orderedFacts() {
        return facts.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }

    /** Time since this record was made (the start of the run). */
    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - origin);
    }
}
