package dev.syncdb.postgres;

import dev.syncdb.dialect.CatalogQuery;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.DialectContext;
import dev.syncdb.dialect.Namespaces;
import dev.syncdb.dialect.Scratch;
import dev.syncdb.dialect.ScratchCleanup;
import dev.syncdb.dialect.ScratchOptions;
import dev.syncdb.model.Unsupported;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * A PostgreSQL scratch place: by default a new database {@code syncdb_scratch_<hex>} (from
 * {@code template0}) on the target server, or on the server of {@link ScratchOptions#devUrl()} when
 * given, dropped with {@code DROP DATABASE ... WITH (FORCE)} on {@link #close()} or, through a JVM
 * shutdown hook, on Ctrl-C (see {@link ScratchCleanup}); a failed drop is a warning to the context. When the managed namespace is not {@code public} it is created in the
 * scratch database and made the {@code search_path}, so unqualified DDL lands in it.
 *
 * <p>When the role may not create databases (SQLSTATE 42501), it falls back to a scratch schema
 * {@code syncdb_scratch_<hex>} in the target database, made the {@code search_path} and dropped with
 * CASCADE. In that mode only unqualified SQL stays inside: objects the desired SQL qualifies with an
 * explicit schema name (e.g. {@code CREATE TABLE app.t}) escape into that real schema.
 */
public final class PostgresScratch implements Scratch {
    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * Session settings that make the scratch work cheap and change nothing it builds: commits do not
     * wait for the WAL flush (a lost scratch place is worth nothing), no NOTICE traffic, and no
     * statement or lock timeout inherited from the role's settings cuts a long schema short.
     */
    static final String SCRATCH_SETTINGS = "SET synchronous_commit = off; SET client_min_messages = warning;"
            + " SET statement_timeout = 0; SET lock_timeout = 0; SET idle_in_transaction_session_timeout = 0";

    private final DatabaseUrl server;
    private final String name;
    private final boolean database;
    private final DialectContext context;
    private final ScratchCleanup cleanup;
    private Connection admin;
    private Connection connection;
    private String schemaName;

    private PostgresScratch(DatabaseUrl server, Connection admin, String name, boolean database,
                            DialectContext context) {
        this.server = server;
        this.admin = admin;
        this.name = name;
        this.database = database;
        this.context = context;
        this.cleanup = ScratchCleanup.register(name, this::drop, e -> context.warn("could not remove " + describe()
                + " on " + server.masked() + ": " + DatabaseUrl.maskText(e.getMessage()) + " (remove it by hand)"));
    }

    /** Makes a scratch database (or, without CREATEDB, a scratch schema) and connects into it. */
    public static PostgresScratch open(DatabaseUrl target, ScratchOptions options, DialectContext context)
            throws SQLException {
        DatabaseUrl server = options.devUrl() != null ? options.devUrl() : target;
        String name = "syncdb_scratch_" + randomHex();
        Connection admin = PostgresConnector.connect(server, null, context);
        boolean database;
        try {
            database = create(admin, name);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(admin);
            throw e;
        }
        PostgresScratch scratch = new PostgresScratch(server, admin, name, database, context);
        try {
            scratch.enter(options.schemaName());
        } catch (SQLException | RuntimeException e) {
            scratch.close();
            throw e;
        }
        return scratch;
    }

    /** Creates the scratch database; true, or false after falling back to a scratch schema. */
    private static boolean create(Connection admin, String name) throws SQLException {
        try {
            execute(admin, "CREATE DATABASE " + name + " TEMPLATE template0");
            return true;
        } catch (SQLException e) {
            if (!INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())) {
                throw e;
            }
        }
        try {
            execute(admin, "CREATE SCHEMA " + name);
        } catch (SQLException e) {
            if (INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())) {
                throw new SQLException("the role may create neither a scratch database (no CREATEDB) nor a scratch"
                        + " schema (no CREATE on this database) to build the desired schema in: give --dev-url"
                        + " (a PostgreSQL database where it may, e.g. a local one) [" + e.getMessage() + "]",
                        e.getSQLState(), e);
            }
            throw e;
        }
        return false;
    }

    private void enter(String managedSchema) throws SQLException {
        connection = PostgresConnector.connect(server, database ? name : null, context);
        execute(connection, SCRATCH_SETTINGS);
        if (Namespaces.several(managedSchema)) {
            enterSeveral(managedSchema);
            return;
        }
        if (!database) {
            schemaName = name;
        } else if (managedSchema == null || managedSchema.equals("public")) {
            schemaName = "public";
            return;
        } else {
            schemaName = managedSchema;
            execute(connection, "CREATE SCHEMA " + PostgresQuote.always(managedSchema));
        }
        execute(connection, "SET search_path TO " + PostgresQuote.always(schemaName));
    }

    /**
     * Several managed namespaces: the first is made as for one, the others are left to the desired
     * script (its {@code CREATE SCHEMA} is what says they exist); the search path is the first alone, so
     * the script names objects of the others qualified, as the model does.
     * The fallback scratch schema cannot hold several: qualified names would land in the target's own.
     */
    private void enterSeveral(String managed) throws SQLException {
        if (!database) {
            throw new SQLException("managing several schemas needs a scratch database, and the role may not create"
                    + " one (no CREATEDB): give --dev-url (a PostgreSQL database where it may, e.g. a local one)");
        }
        java.util.List<String> names = Namespaces.split(managed);
        if (!names.get(0).equals("public")) {
            execute(connection, "CREATE SCHEMA " + PostgresQuote.always(names.get(0)));
        }
        schemaName = managed;
        execute(connection, "SET search_path TO " + PostgresQuote.always(names.get(0)));
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public String schemaName() {
        return schemaName;
    }

    /**
     * In a scratch database, what the desired script created in other schemas ({@code CREATE TABLE
     * billing.invoices} while managing {@code public}): syncdb manages one schema per run, so each is
     * a notice that it is left out. The fallback scratch schema cannot tell such objects from the
     * target's own and reports none.
     */
    @Override
    public java.util.List<Unsupported> outsideNamespace() throws SQLException {
        if (!database) {
            return java.util.List.of();
        }
        java.util.List<Unsupported> out = new java.util.ArrayList<>();
        java.util.List<String> managed = Namespaces.split(schemaName);
        String shown = Namespaces.display(schemaName);
        new CatalogQuery(PostgresInspector.class, connection, managed.get(0), java.util.Map.of()).run("outside_namespace",
                rs -> {
                    if (!managed.contains(rs.getString("namespace"))) {
                        out.add(new Unsupported(rs.getString("kind") + " in another schema",
                                rs.getString("namespace") + "." + rs.getString("name"),
                                "syncdb manages schema " + shown + " (--schema-name); other schemas are left out"));
                    }
                });
        return out;
    }

    /** Whether this is a scratch database (true) or the fallback scratch schema (false). */
    public boolean isDatabase() {
        return database;
    }

    /** The scratch database's or schema's name. */
    public String name() {
        return name;
    }

    /** The JVM shutdown hook that drops this place on Ctrl-C; registered while the place is open. */
    Thread shutdownHook() {
        return cleanup.shutdownHook();
    }

    @Override
    public String describe() {
        return (database ? "scratch database " : "scratch schema ") + name;
    }

    @Override
    public void close() {
        cleanup.close();
    }

    /** Drops the scratch place; closes the scratch connection first so nothing holds it open. */
    private void drop() throws SQLException {
        closeQuietly(connection);
        String sql = database ? "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"
                : "DROP SCHEMA IF EXISTS " + name + " CASCADE";
        try {
            if (!admin.isValid(5)) {
                closeQuietly(admin);
                admin = PostgresConnector.connect(server, null, context);
            }
            execute(admin, sql);
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
