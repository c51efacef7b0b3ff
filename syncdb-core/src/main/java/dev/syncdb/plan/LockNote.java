package dev.syncdb.plan;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one statement of an online plan locks: the lock level it takes ({@code level}, as the database
 * names it, e.g. {@code SHARE UPDATE EXCLUSIVE}), whether that level blocks the application's writes,
 * whether it reads the whole table while holding it ({@code scans}), an estimate of how long it runs
 * (from the table's estimated row count; null when not known), and a statement that must run before
 * the statement is tried again after a lock timeout ({@code beforeRetry}, null = none; e.g. dropping
 * the invalid index a failed concurrent build leaves), and the forms of the statement an apply tries in
 * turn when the server refuses the way this one asks it to run ({@code fallbacks}, e.g. in place
 * instead of instant; one that blocks writes runs only when rewrites are allowed).
 */
public record LockNote(String level, boolean blocksWrites, boolean scans, Duration estimate, String beforeRetry,
                       List<Fallback> fallbacks) {

    /**
     * Another form of the statement, tried when the server refuses the one before it: its SQL, a short
     * label for the plan ("ALGORITHM=INPLACE, LOCK=NONE"), and whether it blocks writes while it runs.
     */
    public record Fallback(String sql, String label, boolean blocksWrites) {
    }

    public LockNote {
        fallbacks = fallbacks == null ? List.of() : List.copyOf(fallbacks);
    }

    public LockNote(String level, boolean blocksWrites, boolean scans, Duration estimate, String beforeRetry) {
        this(level, blocksWrites, scans, estimate, beforeRetry, List.of());
    }

    /** A lock held for a moment: no scan of the rows while it is held. */
    public static LockNote brief(String level, boolean blocksWrites) {
        return new LockNote(level, blocksWrites, false, null, null);
    }

    /** A lock held while the rows are read. */
    public static LockNote scan(String level, boolean blocksWrites, Duration estimate) {
        return new LockNote(level, blocksWrites, true, estimate, null);
    }

    /** The same note with a statement to run before a retry. */
    public LockNote withBeforeRetry(String sql) {
        return new LockNote(level, blocksWrites, scans, estimate, sql, fallbacks);
    }

    /** The same note with the forms to try, in order, when the server refuses the statement's own. */
    public LockNote withFallbacks(List<Fallback> forms) {
        return new LockNote(level, blocksWrites, scans, estimate, beforeRetry, forms);
    }

    /** Whether the statement keeps the application from writing for longer than a moment. */
    public boolean blocksWritesLong() {
        return blocksWrites && scans;
    }

    /** One line for the plan: "lock: SHARE UPDATE EXCLUSIVE (reads and writes go on), ~2 s". */
    public String describe() {
        StringBuilder sb = new StringBuilder("lock: ").append(level);
        sb.append(blocksWrites ? (scans ? " (blocks writes while it runs)" : " (brief)") : " (reads and writes go on)");
        if (estimate != null) {
            sb.append(estimate.toSeconds() < 1 ? ", < 1 s" : ", ~" + human(estimate));
        }
        if (!fallbacks.isEmpty()) {
            sb.append("; if the server refuses it, apply tries ").append(fallbacks.stream()
                    .map(f -> f.label() + (f.blocksWrites() ? " (blocks writes; only with --allow-rewrite)" : ""))
                    .collect(Collectors.joining(", then ")));
        }
        return sb.toString();
    }

    /** A duration rounded for people: "< 1 s", "3 s", "4 min". */
    public static String human(Duration d) {
        long s = d.toSeconds();
        if (s < 1) {
            return "< 1 s";
        }
        return s < 120 ? s + " s" : (s / 60) + " min";
    }
}
