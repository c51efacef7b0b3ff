package dev.syncdb.engine.session;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.ConnectionSource;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.Dialect;
import dev.syncdb.dialect.DialectContext;
import dev.syncdb.dialect.Dialects;
import dev.syncdb.dialect.Namespaces;
import dev.syncdb.migrate.HistoryStore;
import dev.syncdb.migrate.OtherToolHistory;
import dev.syncdb.model.Schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * An open connection to the target database with its dialect, managed namespace and server
 * version. Connection failures become one-line errors naming the masked URL.
 */
public final class Session implements AutoCloseable {
    /** Tables syncdb keeps for itself in the managed namespace: never reported as differences. */
    public static final Set<String> OWN_TABLES = Set.of(HistoryStore.TABLE);

    private final DatabaseUrl url;
    private final Dialect dialect;
    private final Connection connection;
    private final String schemaName;
    private final String serverVersion;
    private final DialectContext context;
    private final java.util.List<Thread> background = new java.util.ArrayList<>();
    /** Whether connecting created the database (a new file): it is removed again on close when left empty. */
    private boolean created;

    private Session(DatabaseUrl url, Dialect dialect, Connection connection, String schemaName, String serverVersion,
                    DialectContext context) {
        this.url = url;
        this.context = context;
        this.dialect = dialect;
        this.connection = connection;
        this.schemaName = schemaName;
        this.serverVersion = serverVersion;
    }

    /**
     * Connects to {@code url}, or takes a connection from the source the URL carries
     * ({@link DatabaseUrl#withConnections}). When {@code create} is false a database that does not exist yet (a
     * missing SQLite file) is an error instead of being created.
     */
    public static Session open(DatabaseUrl url, String schemaName, boolean create) {
        return open(url, schemaName, create, DialectContext.system());
    }

    /** Connects to {@code url} with a dialect working in {@code context} (environment, user, warnings). */
    public static Session open(DatabaseUrl url, String schemaName, boolean create, DialectContext context) {
        Dialect dialect = Dialects.forUrl(url, context);
        if (Namespaces.several(schemaName) && !dialect.managesSeveralNamespaces()) {
            throw SyncdbException.error(dialect.name() + " manages one schema per run; --schema-name or schema-name:"
                    + " names " + Namespaces.split(schemaName).size() + " (" + Namespaces.display(schemaName) + ")");
        }
        ConnectionSource given = url.connections().orElse(null);
        if (given == null && !create && !dialect.exists(url)) {
            throw SyncdbException.error("database does not exist: " + url.masked()
                    + " (apply or create-tables creates it)");
        }
        boolean existed = given != null || dialect.exists(url);
        Connection c;
        try {
            c = given != null ? given.open() : dialect.connect(url);
        } catch (SQLException e) {
            throw SyncdbException.error("cannot connect to " + url.masked() + ": " + oneLine(e.getMessage()));
        }
        try {
            String name = schemaName != null ? schemaName : dialect.defaultSchemaName(url);
            Session session = new Session(url, dialect, c, name, dialect.serverVersion(c), context);
            session.created = !existed;
            return session;
        } catch (SQLException e) {
            closeQuietly(c);
            if (!existed) {
                dialect.removeIfEmpty(url);
            }
            throw SyncdbException.error("cannot read server version of " + url.masked() + ": " + oneLine(e.getMessage()));
        }
    }

    /**
     * The target as output names it: the masked URL, with the database the dialect chose when the
     * URL names none (PostgreSQL's default is the user's name).
     */
    public String target() {
        return dialect.displayUrl(url);
    }

    /** The context (environment, user, warnings) this session's dialect works in. */
    public DialectContext context() {
        return context;
    }

    /**
     * The managed namespace as the inspector reads it, with the history tables of syncdb and of
     * other migration tools ({@link OtherToolHistory}).
     */
    public Schema inspectAll() {
        try {
            return dialect.inspector().inspect(connection, namespaces());
        } catch (SQLException e) {
            throw SyncdbException.error("cannot inspect " + url.masked() + ": " + oneLine(e.getMessage()));
        }
    }

    /** {@code schema} without the history tables of syncdb and of other migration tools: never syncdb's to change. */
    public static Schema withoutHistories(Schema schema) {
        java.util.Set<String> histories = schema.tables().stream().map(dev.syncdb.model.Table::name)
                .filter(n -> OWN_TABLES.contains(n) || OtherToolHistory.isHistory(n)).collect(java.util.stream.Collectors.toSet());
        return schema.withoutTables(histories);
    }

    /**
     * {@code desired} with the object that creates the run's own namespace when the target lacks it
     * ({@link dev.syncdb.dialect.DatabaseAccess#absentOwnNamespace}), so the plan creates it first;
     * once it exists the desired schema is left as it is, and a second plan is empty.
     */
    public Schema withOwnNamespace(Schema desired) {
        try {
            return dialect.absentOwnNamespace(connection, namespaces()).map(desired::withObject).orElse(desired);
        } catch (SQLException e) {
            throw SyncdbException.error("cannot inspect " + url.masked() + ": " + oneLine(e.getMessage()));
        }
    }

    /** Reads the managed namespace of the target as it is now, without the history tables of syncdb and other tools. */
    public Schema inspect() {
        return withoutHistories(inspectAll());
    }

    public DatabaseUrl url() {
        return url;
    }

    public Dialect dialect() {
        return dialect;
    }

    public Connection connection() {
        return connection;
    }

    /** The run's own namespace: the only one, or the first of several ({@link Namespaces}). */
    public String schemaName() {
        return Namespaces.first(schemaName);
    }

    /**
     * Every managed namespace as one name ({@link Namespaces#join}): what the inspector and a scratch
     * place are given; the same as {@link #schemaName()} when the run manages one.
     */
    public String namespaces() {
        return schemaName;
    }

    public String serverVersion() {
        return serverVersion;
    }

    /** The first line of a driver message, with any password masked. */
    public static String oneLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        String first = message.strip().lines().findFirst().orElse("");
        return DatabaseUrl.maskText(first);
    }

    /**
     * Runs {@code work} on a thread of its own, now, for clean-up the run need not wait for (dropping
     * a scratch place while the plan is made); {@link #close()} waits for it to finish.
     */
    public synchronized void inBackground(String name, Runnable work) {
        Thread t = new Thread(work, "syncdb-" + name);
        background.add(t);
        t.start();
    }

    @Override
    public void close() {
        awaitBackground();
        closeQuietly(connection);
        if (created) {
            dialect.removeIfEmpty(url);
        }
    }

    /**
     * Hands the background work started so far over to the caller: {@link #close()} no longer waits
     * for it, running the returned task does (a fleet's shared desired model drops its scratch place
     * while the fleet goes on, instead of holding up the target that happened to build it).
     */
    public synchronized Runnable handOverBackground() {
        List<Thread> threads = List.copyOf(background);
        background.clear();
        return () -> join(threads);
    }

    private void awaitBackground() {
        List<Thread> threads;
        synchronized (this) {
            threads = List.copyOf(background);
            background.clear();
        }
        join(threads);
    }

    private static void join(List<Thread> threads) {
        boolean interrupted = false;
        for (Thread t : threads) {
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing a broken connection: nothing left to do
        }
    }
}
