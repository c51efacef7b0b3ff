package dev.syncdb.cli.config;

import picocli.CommandLine.Option;

/**
 * How live tables are changed: {@code --online}/{@code --no-online}, {@code --online-threshold-rows},
 * {@code --lock-wait-timeout}, {@code --lock-retries}, {@code --allow-rewrite} (resolved by
 * {@link OnlineSettings}). A picocli mixin of the commands that plan changes.
 */
public final class OnlineChangeOptions {

    @Option(names = "--online", negatable = true,
            description = "change live tables without blocking the application (concurrent index builds, NOT VALID"
                    + " + VALIDATE, ALGORITHM=INPLACE/INSTANT, LOCK=NONE; statements committed one by one with a lock"
                    + " timeout); --no-online never. Default: online for tables of --online-threshold-rows or more")
    Boolean online;

    @Option(names = "--online-threshold-rows", paramLabel = "ROWS",
            description = "tables with at least this many estimated rows are changed online unless --no-online (default: 1000000)")
    Long onlineThresholdRows;

    @Option(names = "--lock-wait-timeout", paramLabel = "DURATION",
            description = "in an online apply (and in upgrade, for files marked -- syncdb:no-transaction), how long each"
                    + " statement waits for its table lock (e.g. 3s, 500ms;"
                    + " default 3s) before it is retried; not the syncdb run lock (--lock-timeout)")
    String lockWaitTimeout;

    @Option(names = "--lock-retries", paramLabel = "N",
            description = "in an online apply or a no-transaction migration file, how many times a statement that timed out"
                    + " waiting for its lock is tried"
                    + " again, with exponential backoff (default: 4); then the run stops (exit 3) naming the lock holder")
    Integer lockRetries;

    @Option(names = "--allow-rewrite",
            description = "let an online plan run a step that rewrites a table under an exclusive lock, or a MySQL fallback"
                    + " form that blocks writes (refused otherwise)")
    boolean allowRewrite;
}
