package dev.syncdb.engine.migrate;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.DialectContext;
import dev.syncdb.engine.apply.ApplyProgress;
import dev.syncdb.engine.plan.OnlineOptions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * What every migration command works on: the target database and namespace (null = the dialect's
 * default), the migrations directory, how long to wait for the migration lock, and who hears about
 * waiting (the CLI prints it on stderr), and the context the dialect works in (environment, the
 * user recorded in the history and lock, warnings; null = this process's), the lock wait timeout
 * and retries of the statements of files marked to run outside a transaction ({@code online}: its
 * {@code lockWaitTimeout} and {@code retries}; mode OFF lets them wait as long as the server does;
 * null = the defaults), and who hears which migration file runs ({@link ApplyProgress}; null = nobody).
 */
public record MigrationRequest(DatabaseUrl target, String schemaName, Path dir, Duration lockTimeout,
                               Consumer<String> onWait, DialectContext context, OnlineOptions online,
                               ApplyProgress progress) {

    public MigrationRequest {
        online = online == null ? OnlineOptions.DEFAULT : online;
        context = context == null ? DialectContext.system() : context;
        progress = progress == null ? ApplyProgress.NONE : progress;
        lockTimeout = lockTimeout == null ? Duration.ofSeconds(60) : lockTimeout;
        onWait = onWait == null ? m -> { } : onWait;
    }

    public MigrationRequest(DatabaseUrl target, String schemaName, Path dir, Duration lockTimeout,
                            Consumer<String> onWait) {
        this(target, schemaName, dir, lockTimeout, onWait, null, null, null);
    }

    public MigrationRequest(DatabaseUrl target, String schemaName, Path dir, Duration lockTimeout,
                            Consumer<String> onWait, DialectContext context) {
        this(target, schemaName, dir, lockTimeout, onWait, context, null, null);
    }

    public MigrationRequest(DatabaseUrl target, String schemaName, Path dir, Duration lockTimeout,
                            Consumer<String> onWait, DialectContext context, OnlineOptions online) {
        this(target, schemaName, dir, lockTimeout, onWait, context, online, null);
    }

    /** The same request, telling {@code p} which migration file runs. */
    public MigrationRequest withProgress(ApplyProgress p) {
        return new MigrationRequest(target, schemaName, dir, lockTimeout, onWait, context, online, p);
    }
}
