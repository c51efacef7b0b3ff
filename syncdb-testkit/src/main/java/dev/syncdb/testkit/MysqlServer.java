package dev.syncdb.testkit;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.Dialects;
import dev.syncdb.dialect.SplitOptions;
import dev.syncdb.sql.SqlChunk;
import dev.syncdb.sql.SqlSplitter;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The MySQL / MariaDB server the tests use: {@code SYNCDB_TEST_MYSQL_URL} (a URL without database,
 * e.g. {@code mysql://root@127.0.0.1:3306}), by default the local server on 127.0.0.1:3306 as root.
 * Test databases get a prefix unique to this JVM, so suites running at the same time on the same
 * server never see each other's databases.
 */
public final class MysqlServer {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String PREFIX = "sdbt_" + Long.toString(ProcessHandle.current().pid(), 36) + "_"
            + Long.toString(System.currentTimeMillis() % 1_000_000, 36) + "_";
    private static final SplitOptions SPLIT = new SplitOptions(false, true, true, false);
    private static final MysqlServer LOCAL = new MysqlServer(System.getenv().getOrDefault("SYNCDB_TEST_MYSQL_URL",
            "mysql://root@127.0.0.1:3306"));

    private final String base;

    private MysqlServer(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public static MysqlServer local() {
        return LOCAL;
    }

    /** The syncdb URL of database {@code db}. */
    public String url(String db) {
        return base + "/" + db;
    }

    /** A connection to database {@code db} ("" = none), through the dialect's own connector. */
    public Connection connect(String db) throws SQLException {
        DatabaseUrl url = DatabaseUrl.parse(url(db));
        return Dialects.forUrl(url).connect(url);
    }

    /** Creates a new empty database and returns its name. */
    public String freshDatabase() {
        String name = PREFIX + COUNTER.incrementAndGet();
        execute("", "CREATE DATABASE `" + name + "`");
        return name;
    }

    public void dropDatabase(String name) {
        execute("", "DROP DATABASE IF EXISTS `" + name + "`");
    }

    /** Runs a script of several statements on {@code db}; throws IllegalStateException with the server's message. */
    public void run(String db, String sql) {
        try (Connection c = connect(db); Statement st = c.createStatement()) {
            for (SqlChunk chunk : new SqlSplitter(SPLIT).split(sql)) {
                st.execute(chunk.sql());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed on " + db + ": " + e.getMessage(), e);
        }
    }

    private void execute(String db, String sql) {
        try (Connection c = connect(db); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return DatabaseUrl.maskText(base);
    }
}
