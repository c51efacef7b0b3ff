package dev.syncdb.postgres;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.Dialect;
import dev.syncdb.dialect.DialectContext;
import dev.syncdb.dialect.Inspector;
import dev.syncdb.dialect.MigrationLock;
import dev.syncdb.dialect.Namespaces;
import dev.syncdb.dialect.Scratch;
import dev.syncdb.dialect.ScratchOptions;
import dev.syncdb.dialect.ScriptBatching;
import dev.syncdb.dialect.SplitOptions;
import dev.syncdb.diff.DiffHooks;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.plan.Renderer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PostgreSQL dialect (13 and later): URLs {@code postgresql://} and {@code postgres://}, with or
 * without {@code jdbc:}; manages namespace {@code public} unless told otherwise; materializes desired
 * schemas in a throw-away database on the target server (see {@link PostgresScratch}).
 */
public final class PostgresDialect implements Dialect {
    /** Statements sent to the server in one round trip when running a script. */
    static final int ROUND_TRIP = 100;

    private final DialectContext context;

    /** The dialect in the context of this process ({@link DialectContext#system()}). */
    public PostgresDialect() {
        this(DialectContext.system());
    }

    /** The dialect working in {@code context}: its environment, user and warning sink. */
    public PostgresDialect(DialectContext context) {
        this.context = context;
    }

    @Override
    public PostgresDialect withContext(DialectContext context) {
        return new PostgresDialect(context);
    }

    /** The Hibernate dialect for this database, for the JPA source. */
    @Override
    public Map<String, String> toolSettings() {
        return Map.of("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect");
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public boolean accepts(DatabaseUrl url) {
        return "postgresql".equals(url.scheme()) || "postgres".equals(url.scheme());
    }

    @Override
    public Connection connect(DatabaseUrl url) throws SQLException {
        return PostgresConnector.connect(url, null, context);
    }

    @Override
    public String defaultSchemaName(DatabaseUrl url) {
        return "public";
    }

    @Override
    public Optional<SchemaObject> absentOwnNamespace(Connection connection, String namespaces)
            throws SQLException {
        String own = Namespaces.first(namespaces);
        return PgManyNamespaces.existing(connection, List.of(own)).isEmpty()
                ? Optional.of(PgManyNamespaces.schemaObject(own)) : Optional.empty();
    }

    @Override
    public boolean managesSeveralNamespaces() {
        return true;
    }

    /** "PostgreSQL 17.6", from {@code SHOW server_version} without any distribution suffix. */
    @Override
    public String serverVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SHOW server_version")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1).strip().split("\\s+")[0];
        }
    }

    /** Schema, ownership and REFERENCES privileges the role lacks for the changes ({@link PgPrivileges}). */
    @Override
    public java.util.List<String> missingPrivileges(Connection connection, String schemaName,
                                                    java.util.List<dev.syncdb.diff.SchemaChange> changes) throws SQLException {
        return PgPrivileges.missing(connection, schemaName, changes);
    }

    /** Extensions the server cannot install and roles it lacks ({@link PgRequirements}). */
    @Override
    public java.util.List<String> unmetRequirements(Connection connection,
                                                    java.util.List<dev.syncdb.diff.SchemaChange> changes) throws SQLException {
        return PgRequirements.unmet(connection, changes);
    }

    /** Preflight checks; {@code pg_input_is_valid} is used from PostgreSQL 16 on. */
    @Override
    public dev.syncdb.plan.PreflightQueries preflightQueries(Connection connection) throws SQLException {
        return preflightQueries(connection, null);
    }

    /** Preflight checks naming the tables of every managed namespace as the renderer does. */
    @Override
    public dev.syncdb.plan.PreflightQueries preflightQueries(Connection connection, String namespaces) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SHOW server_version_num")) {
            rs.next();
            return new PostgresPreflightQueries(Integer.parseInt(rs.getString(1).strip()), namespaces);
        }
    }

    @Override
    public Inspector inspector() {
        return new PostgresInspector();
    }

    @Override
    public DiffHooks diffHooks() {
        return new PostgresDiffHooks();
    }

    @Override
    public Renderer renderer() {
        return new PostgresRenderer();
    }

    /** Dollar quotes on, BEGIN/END blocks off, backslash escapes off, psql meta-command lines dropped. */
    @Override
    public SplitOptions splitOptions() {
        return new SplitOptions(true, true, false, true);
    }

    @Override
    public Scratch openScratch(DatabaseUrl target, ScratchOptions options) throws SQLException {
        return PostgresScratch.open(target, options, context);
    }

    @Override
    public dev.syncdb.dialect.BackupProvider backupProvider() {
        return new PostgresBackup(context);
    }

    /** Statements per transaction sized to the server's lock table (see {@link PgLockTable}), 100 per round trip. */
    @Override
    public ScriptBatching scriptBatching(Connection connection) throws SQLException {
        return new ScriptBatching(PgLockTable.read(connection).statementsPerTransaction(), ROUND_TRIP);
    }

    @Override
    public java.util.Optional<String> limitAdvice(SQLException error) {
        return PgLockTable.advice(error);
    }

    @Override
    public MigrationLock migrationLock(DatabaseUrl url, Connection connection) {
        return new PostgresMigrationLock(connection, () -> connect(url), List.of());
    }

    /** A lock per schema (an advisory lock keyed by the schema's name) under a shared database lock. */
    @Override
    public MigrationLock migrationLock(DatabaseUrl url, String namespaces, Connection connection) {
        return new PostgresMigrationLock(connection, () -> connect(url), Namespaces.split(namespaces));
    }

    @Override
    public boolean locksPerNamespace() {
        return true;
    }

    /** Identifiers in double quotes, always (see {@link PostgresQuote#always}). */
    @Override
    public String quoteIdentifier(String identifier) {
        return PostgresQuote.always(identifier);
    }

    /**
     * CONCURRENTLY index builds and VACUUM refuse transaction blocks. Database-level commands (CREATE
     * DATABASE, ALTER SYSTEM) are deliberately not listed: in a desired schema they would reach the
     * whole server, so they stay inside the scratch transaction, where PostgreSQL refuses them.
     */
    @Override
    public boolean refusedInTransaction(String sql) {
        return NO_TRANSACTION.matcher(sql).find();
    }

    private static final java.util.regex.Pattern NO_TRANSACTION = java.util.regex.Pattern.compile(
            "^(?:\\s*(?:--[^\\n]*\\n|/\\*.*?\\*/))*\\s*(?:(?:CREATE\\s+(?:UNIQUE\\s+)?|DROP\\s+|REINDEX\\s+(?:\\(.*?\\)\\s*)?)INDEX\\s+CONCURRENTLY"
                    + "|REINDEX\\b.*\\bCONCURRENTLY|VACUUM\\b)",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.DOTALL);

    /** PostgreSQL's own syntax in a script: its types, CREATE TYPE/EXTENSION/DOMAIN, casts with ::, dollar quotes. */
    @Override
    public boolean writtenIn(String script) {
        return OWN_SYNTAX.matcher(script).find();
    }

    private static final java.util.regex.Pattern OWN_SYNTAX = java.util.regex.Pattern.compile(
            "\\bCREATE\\s+(?:TYPE\\s+\\S+\\s+AS|EXTENSION|DOMAIN)\\b|\\b(?:JSONB|TIMESTAMPTZ|BYTEA|BIGSERIAL)\\b"
                    + "|\\w::\\w|\\$\\$|\\bGENERATED\\s+(?:ALWAYS|BY\\s+DEFAULT)\\s+AS\\s+IDENTITY\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    @Override
    public dev.syncdb.dialect.OnlineDdl online() {
        return PgOnlineDdl.INSTANCE;
    }

    /** The masked URL, with the database PostgreSQL connects to (the user's name) when the URL names none. */
    @Override
    public String displayUrl(DatabaseUrl url) {
        return PostgresConnector.withDatabase(url.masked(), url);
    }
}
