package dev.syncdb.engine.migrate;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.HookScope;
import dev.syncdb.dialect.LockRetry;
import dev.syncdb.dialect.MigrationLock;
import dev.syncdb.engine.plan.OnlineOptions;
import dev.syncdb.engine.apply.ApplyProgress;
import dev.syncdb.engine.session.RunState;
import dev.syncdb.engine.session.Session;
import dev.syncdb.migrate.HistoryRow;
import dev.syncdb.migrate.HistoryStore;
import dev.syncdb.migrate.LockWaiter;
import dev.syncdb.migrate.MigrationDirectory;
import dev.syncdb.migrate.MigrationRunner;
import dev.syncdb.migrate.MigrationScript;
import dev.syncdb.migrate.MigrationState;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * An open target for the migration use cases: the session, its history table, the migrations
 * directory and, once {@link #lock()} was called, the migration lock, released on close.
 */
final class MigrationSession implements AutoCloseable {
    private final MigrationRequest request;
    private final Session session;
    private final HistoryStore history;
    private final MigrationDirectory directory;
    private MigrationLock lock;

    private MigrationSession(MigrationRequest request, Session session) {
        this.request = request;
        this.session = session;
        this.history = new HistoryStore(session.connection(), session.schemaName(), session.dialect()::quoteIdentifier);
        this.directory = new MigrationDirectory(request.dir());
    }

    /** Connects; {@code create} lets a missing SQLite file be created (commands that change something). */
    static MigrationSession open(MigrationRequest request, boolean create) {
        return new MigrationSession(request, Session.open(request.target(), request.schemaName(), create, request.context()));
    }

    /** Takes the migration lock (waiting up to the request's timeout) and creates the history table. */
    MigrationSession lock() {
        lock = session.dialect().migrationLock(session.url(), session.namespaces(), session.connection());
        new LockWaiter(request.lockTimeout(), request.onWait()).acquire(lock, session.target());
        RunState.changing(session.connection(), session.dialect().transactionalDdl()
                ? "the migration running was rolled back; migrations that completed before it stay (see `syncdb history`)"
                : "the migration running may be partly applied (this database cannot roll back schema changes);"
                + " see `syncdb history`, and `syncdb repair` once the database is fixed");
        try {
            history.ensure();
        } catch (SQLException e) {
            throw SyncdbException.error("cannot create " + HistoryStore.TABLE + " in " + session.target() + ": "
                    + Session.oneLine(e.getMessage()));
        }
        return this;
    }

    /** The files and the history as they are now. */
    MigrationState state() {
        try {
            return new MigrationState(directory.migrations(), history.rows());
        } catch (SQLException e) {
            throw SyncdbException.error("cannot read " + HistoryStore.TABLE + ": " + Session.oneLine(e.getMessage()));
        }
    }

    /**
     * Runs the scripts in order, each recorded with {@code type}, telling the request's progress
     * listener which file runs ({@code task}: "Upgrading", "Downgrading"); returns the recorded rows.
     */
    List<HistoryRow> run(List<MigrationScript> scripts, String type, String task) {
        List<HistoryRow> ran = new ArrayList<>();
        if (scripts.isEmpty()) {
            return ran;
        }
        ApplyProgress progress = request.progress();
        boolean done = false;
        progress.started(task, scripts.size());
        try {
            MigrationRunner runner = runner();
            for (int i = 0; i < scripts.size(); i++) {
                progress.step(i, scripts.get(i).fileName());
                ran.add(runner.run(scripts.get(i), type));
            }
            done = true;
        } finally {
            progress.finished(done);
        }
        return ran;
    }

    /** The runner; files marked to run outside a transaction get the request's lock wait timeout and retries. */
    MigrationRunner runner() {
        OnlineOptions o = request.online();
        LockRetry retry = o.mode() == OnlineOptions.Mode.OFF || !session.dialect().online().supportsOnline() ? null
                : new LockRetry(session.dialect().online(), session.schemaName(), o.lockWaitTimeout(), o.retries());
        return new MigrationRunner(session.connection(), history, session.dialect().splitOptions(),
                session.dialect().executionHooks(HookScope.SCRIPT), request.context().userName(),
                session.dialect().transactionalDdl(), request.onWait(), retry);
    }

    Session session() {
        return session;
    }

    HistoryStore history() {
        return history;
    }

    MigrationDirectory directory() {
        return directory;
    }

    /** The directory as the user named it, for messages. */
    String dirLabel() {
        return request.dir().toString();
    }

    @Override
    public void close() {
        if (lock != null) {
            RunState.changing(null, RunState.interruptedLine());
            lock.close();
        }
        session.close();
    }
}
