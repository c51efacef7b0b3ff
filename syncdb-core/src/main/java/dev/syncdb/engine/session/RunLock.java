package dev.syncdb.engine.session;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * How a run that changes a database waits for the cross-process syncdb lock (the one migrations
 * take): at most {@code timeout}, telling {@code onWait} who holds it while it waits.
 */
public record RunLock(Duration timeout, Consumer<String> onWait) {
    /** The default: wait up to a minute, silently. */
    public static final RunLock DEFAULT = new RunLock(Duration.ofSeconds(60), message -> { });

    public RunLock {
        timeout = timeout == null ? Duration.ofSeconds(60) : timeout;
        onWait = onWait == null ? message -> { } : onWait;
    }
}
