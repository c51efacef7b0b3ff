package dev.syncdb.cli.command;

import dev.syncdb.cli.CliContext;
import dev.syncdb.engine.session.RunLock;
import picocli.CommandLine.Option;

import java.time.Duration;

/** The option of commands that take the syncdb lock (migrations, apply, create-tables, recreate): how long to wait for it. */
public final class LockOptions {

    @Option(names = "--lock-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "wait at most this long for another syncdb run to release the syncdb lock (default: ${DEFAULT-VALUE}); then exit 3")
    int seconds = 60;

    /** The default wait (60 s), telling the user on stderr who holds the lock. */
    public static RunLock defaults(CliContext ctx) {
        return new LockOptions().runLock(ctx);
    }

    /** How a run waits for the lock: this long, telling the user on stderr who holds it. */
    public RunLock runLock(CliContext ctx) {
        return new RunLock(Duration.ofSeconds(seconds), message -> ctx.err().println(message));
    }
}
