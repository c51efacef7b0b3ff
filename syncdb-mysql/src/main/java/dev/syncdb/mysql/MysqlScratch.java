package dev.syncdb.mysql;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.DialectContext;
import dev.syncdb.dialect.Scratch;
import dev.syncdb.dialect.ScratchCleanup;
import dev.syncdb.dialect.ScratchOptions;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * A MySQL scratch place: a new database {@code syncdb_scratch_<hex>} on the target server (or on the
 * server of {@link ScratchOptions#devUrl()}), made with the target database's default character set
 * and collation so unqualified text columns come out the same, and dropped on {@link #close()} or,
 * through a JVM shutdown hook, on Ctrl-C (see {@link ScratchCleanup}); a failed drop is a warning to
 * the context.
 */
public final class MysqlScratch implements Scratch {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DatabaseUrl server;
    private final String name;
    private final DialectContext context;
    private final ScratchCleanup cleanup;
    private Connection admin;
    private Connection connection;

    private MysqlScratch(DatabaseUrl server, Connection admin, String name, DialectContext context) {
        this.server = server;
        this.admin = admin;
        this.name = name;
        this.context = context;
        this.cleanup = ScratchCleanup.register(name, this::drop, e -> context.warn("could not remove " + describe()
                + " on " + server.masked() + ": " + DatabaseUrl.maskText(e.getMessage()) + " (remove it by hand)"));
    }

    /** ER_DBACCESS_DENIED_ERROR: the account may not create the database. */
    private static final int ACCESS_DENIED_DB = 1044;

    /** Creates the scratch database and connects into it. */
    public static MysqlScratch open(DatabaseUrl target, ScratchOptions options, DialectContext context)
            throws SQLException {
        DatabaseUrl server = options.devUrl() != null ? options.devUrl() : target;
        String name = "syncdb_scratch_" + randomHex();
        Connection admin = MysqlConnector.connect(server, "", context);
        try {
            String db = options.schemaName() != null ? options.schemaName() : MysqlConnector.database(target);
            String[] defaults;
            if (options.devUrl() == null) {
                defaults = targetDefaults(admin, db);
            } else {
                try (Connection t = MysqlConnector.connect(target, "", context)) {
                    defaults = targetDefaults(t, db);
                }
            }
            try {
                execute(admin, "CREATE DATABASE " + MysqlQuote.ident(name)
                        + (defaults == null ? "" : " CHARACTER SET " + defaults[0] + " COLLATE " + defaults[1]));
            } catch (SQLException e) {
                if (e.getErrorCode() != ACCESS_DENIED_DB) {
                    throw e;
                }
                throw new SQLException("the account may not create a scratch database to build the desired schema in:"
                        + " give --dev-url (a MySQL/MariaDB server where it may, e.g. a local one) [" + e.getMessage() + "]",
                        e.getSQLState(), e.getErrorCode(), e);
            }
        } catch (SQLException | RuntimeException e) {
            closeQuietly(admin);
            throw e;
        }
        MysqlScratch scratch = new MysqlScratch(server, admin, name, context);
        try {
            scratch.connection = MysqlConnector.connect(server, name, context);
        } catch (SQLException | RuntimeException e) {
            scratch.close();
            throw e;
        }
        return scratch;
    }

    /** The managed database's default character set and collation, or null when it does not exist yet. */
    private static String[] targetDefaults(Connection c, String db) throws SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT DEFAULT_CHARACTER_SET_NAME, "
                + "DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
            ps.setString(1, db);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : null;
            }
        }
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public String schemaName() {
        return name;
    }

    /** The scratch database's name. */
    public String name() {
        return name;
    }

    @Override
    public String describe() {
        return "scratch database " + name;
    }

    @Override
    public void close() {
        cleanup.close();
    }

    /** Drops the scratch database; closes the scratch connection first so nothing holds it open. */
    private void drop() throws SQLException {
        closeQuietly(connection);
        try {
            if (!admin.isValid(5)) {
                closeQuietly(admin);
                admin = MysqlConnector.connect(server, "", context);
            }
            execute(admin, "DROP DATABASE IF EXISTS " + MysqlQuote.ident(name));
        } finally {
            closeQuietly(admin);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static String randomHex() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing before a drop: a broken connection is already gone
        }
    }
}
