package dev.syncdb.testkit.scenario;

import dev.syncdb.dialect.SplitOptions;
import dev.syncdb.sql.SqlChunk;
import dev.syncdb.sql.SqlSplitter;
import dev.syncdb.testkit.PgServer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fresh PostgreSQL databases for scenarios on a {@link PgServer} (normally the embedded one).
 * For the sqldef corpus, {@link #withCorpusRoles} also creates the roles its cases assume exist
 * (GRANT targets).
 */
public final class PgScenarioDatabases implements ScenarioDatabases {
    /** Roles sqldef's PostgreSQL harness creates before the cases run. */
    static final List<String> ROLES = List.of("readonly_user", "app_user", "admin_role", "reader", "writer",
            "user1", "user2", "user3", "user4", "user-with-dash", "My User", "user@domain.com", "user.with.dot");

    private static final java.util.regex.Pattern NOT_IN_A_BATCH = java.util.regex.Pattern.compile(
            "cannot be executed within a pipeline|cannot run inside a transaction block");
    private static final SplitOptions SPLIT = new SplitOptions(true, true, false, true);

    /** Columns of the tables in schema public, read from the catalog directly. */
    private static final String COLUMNS = "SELECT c.relname || '.' || a.attname || ' ' "
            + "|| format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END "
            + "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
            + "JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped";

    private final PgServer server;
    private final ServerInfo info;

    public PgScenarioDatabases(PgServer server) {
        this.server = server;
        this.info = readServerInfo();
    }

    /** Databases on {@code server}, after creating the roles sqldef's cases grant to. */
    public static PgScenarioDatabases withCorpusRoles(PgServer server) {
        PgScenarioDatabases dbs = new PgScenarioDatabases(server);
        dbs.createRoles();
        return dbs;
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
        try {
            server.run(db, sql);
        } catch (IllegalStateException e) {
            String msg = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            if (msg == null || !NOT_IN_A_BATCH.matcher(msg).find()) {
                throw new RejectedSqlException(msg, e);
            }
            loadOneByOne(db, sql);
        }
    }

    /**
     * Runs a script statement by statement: needed for statements PostgreSQL refuses inside a
     * multi-statement batch (CREATE INDEX CONCURRENTLY). The failed batch ran in one implicit
     * transaction, so nothing of it is left.
     */
    private void loadOneByOne(String db, String sql) {
        for (SqlChunk chunk : new SqlSplitter(SPLIT).split(sql)) {
            try {
                server.run(db, chunk.sql());
            } catch (IllegalStateException e) {
                throw new RejectedSqlException(e.getCause() != null ? e.getCause().getMessage() : e.getMessage(), e);
            }
        }
    }

    @Override
    public java.util.SortedSet<String> columns(String db) {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        try (Connection c = server.connect(db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(COLUMNS)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read columns of " + db + ": " + e.getMessage(), e);
        }
        return out;
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
    public void drop(String db) {
        try {
            server.dropDatabase(db);
        } catch (RuntimeException ignored) {
            // best effort: a database left behind dies with the embedded server
        }
    }

    private void createRoles() {
        for (String role : ROLES) {
            String quoted = "\"" + role.replace("\"", "\"\"") + "\"";
            server.run("postgres", "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '"
                    + role.replace("'", "''") + "') THEN CREATE ROLE " + quoted + "; END IF; END $$");
        }
    }

    private ServerInfo readServerInfo() {
        try (Connection c = server.connect("postgres"); Statement st = c.createStatement()) {
            String version;
            try (ResultSet rs = st.executeQuery("SHOW server_version")) {
                rs.next();
                version = rs.getString(1);
            }
            Set<String> ext = new HashSet<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM pg_available_extensions")) {
                while (rs.next()) {
                    ext.add(rs.getString(1));
                }
            }
            return new ServerInfo(version, ext);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read server info of " + server + ": " + e.getMessage(), e);
        }
    }
}
