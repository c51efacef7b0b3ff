package dev.syncdb.testkit.corpus;

/**
 * Where a dialect's cases get their fresh databases: makes one, loads SQL into it directly (not
 * through syncdb), gives its syncdb URL, and removes it. Implementations are thread-safe.
 */
public interface CaseDatabases extends AutoCloseable {

    /** What the skip rules need to know about the server. */
    ServerInfo serverInfo();

    /** Creates a new empty database and returns its handle. */
    String create();

    /** Runs SQL on the database directly; a {@link RejectedSqlException} when the database refuses it. */
    void load(String handle, String sql);

    /** The syncdb URL of the database, as a user would pass it to the CLI. */
    String url(String handle);

    /**
     * An independent look at the database, not through syncdb: one line per column of every table in
     * the managed namespace ({@code table.column TYPE [not null]}), sorted.
     */
    java.util.SortedSet<String> columns(String handle);

    /** Removes the database, also when a session may still hang on it; never throws. */
    void drop(String handle);

    @Override
    default void close() {
    }

    /** The database itself refused SQL of a case (the case is then "rejected by the database"). */
    final class RejectedSqlException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public RejectedSqlException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
