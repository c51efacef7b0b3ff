package dev.syncdb.plan;

import java.time.Duration;

/**
 * What one statement of an online plan locks: the lock level it takes ({@code level}, as the database
 * names it, e.g. {@code SHARE UPDATE EXCLUSIVE}), whether that level blocks the application's writes,
 * whether it reads the whole table while holding it ({@code scans}), an estimate of how long it runs
 * (from the table's estimated row count; null when not known), and a statement that must run before
 * the statement is tried again after a lock timeout ({@code beforeRetry}, null = none; e.g. dropping
 * the invalid index a failed concurrent build leaves).
 */
public record LockNote(String level, boolean blocksWrites, boolean scans, Duration estimate, String beforeRetry) {

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
        return new LockNote(level, blocksWrites, scans, estimate, sql);
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
