package dev.syncdb.testkit.scenario;

import dev.syncdb.dialect.SplitOptions;
import dev.syncdb.sql.SqlChunk;
import dev.syncdb.sql.SqlSplitter;
import dev.syncdb.testkit.MysqlServer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Fresh MySQL / MariaDB databases for corpus cases on a {@link MysqlServer} (the local server): one
 * database per case side, SQL loaded statement by statement over the dialect's connector.
 */
public final class MysqlScenarioDatabases implements ScenarioDatabases {
    private static final SplitOptions SPLIT = new SplitOptions(false, true, true, false);
    private static final String COLUMNS = "SELECT CONCAT(TABLE_NAME, '.', COLUMN_NAME, ' ', COLUMN_TYPE,"
            + " IF(IS_NULLABLE = 'NO', ' not null', '')) FROM information_schema.COLUMNS c WHERE TABLE_SCHEMA = ?"
            + " AND EXISTS (SELECT 1 FROM information_schema.TABLES t WHERE t.TABLE_SCHEMA = c.TABLE_SCHEMA"
            + " AND t.TABLE_NAME = c.TABLE_NAME AND t.TABLE_TYPE = 'BASE TABLE')";
    /** Triggers, routines and events with their bodies (definer and times of creation left out). */
    private static final String CODE = "SELECT CONCAT('trigger ', EVENT_OBJECT_TABLE, '.', TRIGGER_NAME, ' ', ACTION_TIMING,"
            + " ' ', EVENT_MANIPULATION, ' ', TRIM(ACTION_STATEMENT)) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ?"
            + " UNION ALL SELECT CONCAT(LOWER(ROUTINE_TYPE), ' ', ROUTINE_NAME, ' ', COALESCE(DTD_IDENTIFIER, '-'), ' ',"
            + " TRIM(ROUTINE_DEFINITION)) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = ?"
            + " UNION ALL SELECT CONCAT('event ', EVENT_NAME, ' ', EVENT_TYPE, ' ', COALESCE(INTERVAL_VALUE, '-'), ' ',"
            + " COALESCE(INTERVAL_FIELD, '-'), ' ', STATUS, ' ', TRIM(EVENT_DEFINITION))"
            + " FROM information_schema.EVENTS WHERE EVENT_SCHEMA = ?";

    private final MysqlServer server;
    private final ServerInfo info;

    public MysqlScenarioDatabases(MysqlServer server) {
        this.server = server;
        this.info = readServerInfo();
    }

    @Override
    public ServerInfo serverInfo() {
        return info;
    }

    @Override
    public String create() {
        return server.freshDatabase();
    }

    @Override
    public void load(String db, String sql) {
        if (sql.isBlank()) {
            return;
        }
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            for (SqlChunk chunk : new SqlSplitter(SPLIT).split(sql)) {
                st.execute(chunk.sql());
            }
        } catch (SQLException e) {
            throw new RejectedSqlException(e.getMessage(), e);
        }
    }

    @Override
    public String url(String db) {
        return server.url(db);
    }

    @Override
    public Connection connect(String db) throws SQLException {
        return server.connect(db);
    }

    @Override
    public SortedSet<String> columns(String db) {
        SortedSet<String> out = new TreeSet<>();
        try (Connection c = server.connect(db)) {
            lines(c, COLUMNS, db, 1, out);
            lines(c, CODE, db, 3, out);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read columns of " + db + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Adds the one-column rows of {@code sql}, whose {@code params} parameters all name the database. */
    private static void lines(Connection c, String sql, String db, int params, SortedSet<String> out) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 1; i <= params; i++) {
                ps.setString(i, db);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
    }

    @Override
    public void drop(String db) {
        try {
            server.dropDatabase(db);
        } catch (RuntimeException ignored) {
            // best effort: a test database left behind carries the run's unique prefix
        }
    }

    private ServerInfo readServerInfo() {
        try (Connection c = server.connect(""); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT VERSION()")) {
            rs.next();
            String v = rs.getString(1);
            return new ServerInfo(v.split("-")[0], Set.of(), v.toLowerCase().contains("mariadb") ? "mariadb" : "mysql");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read server info of " + server + ": " + e.getMessage(), e);
        }
    }
}
