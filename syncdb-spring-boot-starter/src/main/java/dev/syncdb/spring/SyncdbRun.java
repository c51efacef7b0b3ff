package dev.syncdb.spring;

import dev.syncdb.dialect.DatabaseUrl;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What syncdb's start-up run did, kept for later readers such as the actuator info entry: the mode,
 * the outcome, the database (its URL with any password masked), the desired schema, when the run
 * started and how long it took. A run that failed stops the application, so there is none of those.
 *
 * @param mode          validate, apply or off
 * @param outcome       the outcome
 * @param database      the target's URL with any password masked; null when syncdb was off
 * @param desiredSchema what the desired schema is ("entities in com.shop", the schema files, the
 *                      migrations directory); null when syncdb was off
 * @param startedAt     when the run started
 * @param took          how long it took
 */
public record SyncdbRun(SyncdbProperties.Mode mode, Outcome outcome, String database, String desiredSchema,
                        Instant startedAt, Duration took) {

    /** What a run found or did. */
    public enum Result {
        /** The database was already as desired (or at the head of the migrations); nothing ran. */
        IN_SYNC,
        /** Schema steps were applied. */
        APPLIED,
        /** Pending migrations ran. */
        MIGRATED,
        /** syncdb was off: nothing was checked. */
        OFF
    }

    /**
     * The outcome of a run: its result, how many steps or migrations ran, and the one line the log
     * shows ("applied 4 step(s) to sqlite SQLite 3.54.1 (main) ...").
     */
    public record Outcome(Result result, int changes, String summary) {
    }

    /** A run on {@code target}, whose password never leaves this factory. */
    static SyncdbRun of(SyncdbProperties.Mode mode, Outcome outcome, DatabaseUrl target, String desiredSchema,
                        Instant startedAt, Duration took) {
        return new SyncdbRun(mode, outcome, target == null ? null : target.masked(), desiredSchema, startedAt, took);
    }

    /** The run as plain values for an info entry (strings and numbers, no nulls), in a stable order. */
    public Map<String, Object> details() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", lower(mode.name()));
        m.put("result", lower(outcome.result().name()).replace('_', '-'));
        m.put("changes", outcome.changes());
        m.put("summary", outcome.summary());
        if (database != null) {
            m.put("database", database);
        }
        if (desiredSchema != null) {
            m.put("desiredSchema", desiredSchema);
        }
        m.put("startedAt", startedAt.toString());
        m.put("durationMs", took.toMillis());
        return m;
    }

    private static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }
}
