package dev.syncdb.dialect;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The removal of one scratch place on a server, run exactly once: on {@link #close()}, or through
 * a JVM shutdown hook when the process is stopped (Ctrl-C) while the place is open. A failed
 * removal is reported to the failure handler (a warning), never thrown.
 */
public final class ScratchCleanup implements AutoCloseable {

    /** The removal itself (e.g. DROP DATABASE). */
    public interface Removal {
        void remove() throws SQLException;
    }

    private final AtomicBoolean done = new AtomicBoolean();
    private final Removal removal;
    private final Consumer<SQLException> onFailure;
    private final Thread hook;

    private ScratchCleanup(String name, Removal removal, Consumer<SQLException> onFailure) {
        this.removal = removal;
        this.onFailure = onFailure;
        this.hook = new Thread(this::run, "syncdb-drop-" + name);
    }

    /** A clean-up for scratch place {@code name}, with its shutdown hook registered now. */
    public static ScratchCleanup register(String name, Removal removal, Consumer<SQLException> onFailure) {
        ScratchCleanup cleanup = new ScratchCleanup(name, removal, onFailure);
        Runtime.getRuntime().addShutdownHook(cleanup.hook);
        return cleanup;
    }

    /** The JVM shutdown hook that removes the place on Ctrl-C; registered while the place is open. */
    public Thread shutdownHook() {
        return hook;
    }

    /** Removes the place unless that was done already. */
    public void run() {
        if (!done.compareAndSet(false, true)) {
            return;
        }
        try {
            removal.remove();
        } catch (SQLException e) {
            onFailure.accept(e);
        }
    }

    /** Removes the place (once) and unregisters the shutdown hook. */
    @Override
    public void close() {
        run();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: the place is removed either way
        }
    }
}
