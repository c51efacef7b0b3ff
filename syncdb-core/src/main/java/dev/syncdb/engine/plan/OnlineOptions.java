package dev.syncdb.engine.plan;

import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;
import dev.syncdb.plan.OnlineTables;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How to change live tables: whether plans are made online ({@code mode}: always, never, or for tables
 * of at least {@code thresholdRows} estimated rows), how long each schema statement may wait for a
 * lock ({@code lockWaitTimeout}), how many times a statement that gave up is tried again
 * ({@code retries}, with exponential backoff), and whether a step that rewrites a table may run in an
 * online plan ({@code allowRewrite}).
 */
public record OnlineOptions(Mode mode, long thresholdRows, Duration lockWaitTimeout, int retries, boolean allowRewrite) {

    /** When plans are made online. */
    public enum Mode { OFF, AUTO, ON }

    /** Tables of this many estimated rows or more are changed online unless told otherwise. */
    public static final long DEFAULT_THRESHOLD_ROWS = 1_000_000;
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(3);
    public static final int DEFAULT_RETRIES = 4;

    public static final OnlineOptions DEFAULT = new OnlineOptions(Mode.AUTO, DEFAULT_THRESHOLD_ROWS,
            DEFAULT_LOCK_WAIT, DEFAULT_RETRIES, false);

    public OnlineOptions {
        mode = mode == null ? Mode.AUTO : mode;
        lockWaitTimeout = lockWaitTimeout == null ? DEFAULT_LOCK_WAIT : lockWaitTimeout;
        if (thresholdRows < 0 || retries < 0 || lockWaitTimeout.isNegative() || lockWaitTimeout.isZero()) {
            throw new IllegalArgumentException("online options must be positive");
        }
    }

    /** The tables of {@code current} to change online, given each table's estimated rows and the server's version. */
    public OnlineTables tables(Schema current, Map<String, Long> rows, String serverVersion) {
        if (mode == Mode.OFF) {
            return OnlineTables.NONE;
        }
        Set<String> chosen = current.tables().stream().map(Table::name)
                .filter(t -> mode == Mode.ON || rows.getOrDefault(t, 0L) >= thresholdRows)
                .collect(Collectors.toSet());
        return new OnlineTables(chosen, rows, serverVersion);
    }

    public OnlineOptions withMode(Mode m) {
        return new OnlineOptions(m, thresholdRows, lockWaitTimeout, retries, allowRewrite);
    }
}
