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
        try (Connection c = server.connect(db); PreparedStatement ps = c.prepareStatement(COLUMNS)) {
            ps.setString(1, db);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read columns of " + db + ": " + e.getMessage(), e);
        }
        return out;
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
