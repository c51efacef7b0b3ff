package dev.syncdb.cli.command;

import picocli.CommandLine.Option;

/** The option of commands that take the migration lock: how long to wait for it. */
public final class LockOptions {

    @Option(names = "--lock-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "wait at most this long for another syncdb run to release the migration lock (default: ${DEFAULT-VALUE}); then exit 3")
    int seconds = 60;
}
