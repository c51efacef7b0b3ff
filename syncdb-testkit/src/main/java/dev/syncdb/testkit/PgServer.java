package dev.syncdb.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A PostgreSQL server tests can make fresh databases on: the embedded one, or the server named by
 * {@code SYNCDB_TEST_PG_URL}. {@link #freshDatabase()} returns a syncdb URL of a new empty database.
 */
public final class PgServer {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String label;
    private final String host;
    private final int port;
    private final String user;
    private final String password;

    PgServer(String label, String host, int port, String user, String password) {
        this.label = label;
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    public String label() {
        return label;
    }

    /** A syncdb URL ({@code postgresql://...}) of database {@code db} on this server. */
    public String url(String db) {
        String auth = password == null ? user : user + ":" + password;
        return "postgresql://" + auth + "@" + host + ":" + port + "/" + db;
    }

    /** A JDBC URL of database {@code db}, for test code that checks the database directly. */
    public String jdbcUrl(String db) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + db;
    }

    public Connection connect(String db) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(db), user, password);
    }

    /** Creates a new empty database and returns its name. */
    public String freshDatabase() {
        String name = "t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        exec("CREATE DATABASE " + name);
        return name;
    }

    public void dropDatabase(String name) {
        exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** Runs SQL on database {@code db} (autocommit). */
    public void run(String db, String sql) {
        try (Connection c = connect(db); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed on " + label + "/" + db + ": " + e.getMessage(), e);
        }
    }

    private void exec(String sql) {
        run("postgres", sql);
    }

    @Override
    public String toString() {
        return label;
    }
}
