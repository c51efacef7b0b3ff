package dev.syncdb.engine.plan;

import dev.syncdb.SyncdbException;
import dev.syncdb.engine.desired.DesiredSource;
import dev.syncdb.engine.session.Session;
import dev.syncdb.engine.session.Timings;
import dev.syncdb.model.Schema;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Reads the current schema of the target and the desired schema. When the desired source works on
 * connections of its own ({@link DesiredSource#loadsAside()}), both are read at the same time: the
 * desired one on a thread of its own (materializing a schema or inspecting another database is
 * mostly the server's work), the current one on the calling thread.
 */
final class BothSchemas {
    /** The two schemas a plan compares. */
    record Read(Schema current, Schema desired) {
    }

    private BothSchemas() {
    }

    static Read read(Session s, SyncRequest request) {
        Timings t = request.timings();
        DesiredSource source = request.desired();
        if (!source.loadsAside()) {
            Schema current = t.time("inspect current", s::inspect);
            return new Read(current, source.load(s, t));
        }
        FutureTask<Schema> desired = new FutureTask<>(() -> source.load(s, t));
        Thread thread = new Thread(desired, "syncdb-desired");
        thread.setDaemon(true);
        thread.start();
        Schema current;
        try {
            current = t.time("inspect current", s::inspect);
        } catch (RuntimeException | Error e) {
            awaitQuietly(desired);
            throw e;
        }
        return new Read(current, await(desired));
    }

    private static Schema await(FutureTask<Schema> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SyncdbException.error("interrupted while reading the desired schema");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw SyncdbException.error("cannot read the desired schema: " + e.getCause());
        }
    }

    /** Waits for the desired side to finish (so its scratch place is gone) when the current side failed. */
    private static void awaitQuietly(FutureTask<Schema> task) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException ignored) {
            // the current side's error is the one reported
        }
    }
}
