package dev.syncdb.testkit.scenario;

/**
 * The database side of a dialect for scenarios: makes a fresh database, loads SQL into it directly
 * (not through syncdb), gives its syncdb URL, opens plain JDBC connections to it, and removes it.
 * Implementations are thread-safe.
 */
public interface ScenarioDatabases extends AutoCloseable {

    /** What the skip rules need to know about the server. */
    ServerInfo serverInfo();

    /** Creates a new empty database and returns its handle. */
    String create();

    /** Runs SQL on the database directly; a {@link RejectedSqlException} when the database refuses it. */
    void load(String handle, String sql);

    /** The syncdb URL of the database, as a user would pass it to the CLI. */
    String url(String handle);

    /** A plain JDBC connection to the database, whose current catalog and schema hold the scenario's tables. */
    java.sql.Connection connect(String handle) throws java.sql.SQLException;

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
