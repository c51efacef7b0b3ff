package dev.syncdb.cli;

import dev.syncdb.engine.session.RunState;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the command line does when it is stopped (Ctrl-C, SIGTERM) before it finished: it stops
 * the change under way and prints one line saying what stays (the JVM then exits with 128 + the
 * signal, 130 for Ctrl-C). Errors the stop causes in the running command are not printed.
 */
public final class Interruption {
    private static final AtomicBoolean FINISHED = new AtomicBoolean();
    private static final AtomicBoolean STOPPED = new AtomicBoolean();

    private Interruption() {
    }

    /** Registers the shutdown hook of this process; {@code err} receives the one line. */
    static void install(PrintStream err) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (FINISHED.get()) {
                return;
            }
            STOPPED.set(true);
            err.println(RunState.interrupt());
            err.flush();
        }, "syncdb-interrupt"));
    }

    /** The command ended on its own: exiting now is no interruption. */
    static void finished() {
        FINISHED.set(true);
    }

    /** Whether the process is being stopped from outside (then errors are the stop's, not news). */
    public static boolean stopped() {
        return STOPPED.get();
    }
}
