package dev.syncdb.sqlite;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.Dialect;
import dev.syncdb.dialect.DialectContext;
import dev.syncdb.dialect.HookScope;
import dev.syncdb.dialect.ExecutionHooks;
import dev.syncdb.dialect.Inspector;
import dev.syncdb.dialect.MigrationLock;
import dev.syncdb.dialect.Scratch;
import dev.syncdb.dialect.ScratchOptions;
import dev.syncdb.dialect.SplitOptions;
import dev.syncdb.diff.DiffHooks;
import dev.syncdb.plan.Renderer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The SQLite dialect: file databases ({@code sqlite:path}, {@code sqlite:///abs/path},
 * {@code jdbc:sqlite:path}) and in-memory ones ({@code sqlite::memory:}), connected through
 * sqlite-jdbc with foreign keys enforced; the desired schema is materialized in memory.
 */
public final class SqliteDialect implements Dialect {
    private final SqliteInspector inspector = new SqliteInspector();
    private final SqliteDiffHooks hooks = new SqliteDiffHooks();
    private final SqliteRenderer renderer = new SqliteRenderer();
    private final DialectContext context;

    /** The dialect in the context of this process ({@link DialectContext#system()}). */
    public SqliteDialect() {
        this(DialectContext.system());
    }

    /** The dialect working in {@code context}: its environment, user and warning sink. */
    public SqliteDialect(DialectContext context) {
        this.context = context;
    }

    @Override
    public SqliteDialect withContext(DialectContext context) {
        return new SqliteDialect(context);
    }

    /** The Hibernate dialect for this database, for the JPA source. */
    @Override
    public Map<String, String> toolSettings() {
        return Map.of("hibernate.dialect", "org.hibernate.community.dialect.SQLiteDialect");
    }

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public boolean accepts(DatabaseUrl url) {
        return url.scheme().equals("sqlite");
    }

    @Override
    public boolean exists(DatabaseUrl url) {
        return SqliteConnector.exists(url);
    }

    @Override
    public void removeIfEmpty(DatabaseUrl url) {
        SqliteConnector.removeIfEmpty(url);
    }

    @Override
    public Connection connect(DatabaseUrl url) throws SQLException {
        return SqliteConnector.connect(url);
    }

    @Override
    public String defaultSchemaName(DatabaseUrl url) {
        return "main";
    }

    @Override
    public String serverVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT sqlite_version()")) {
            rs.next();
            return "SQLite " + rs.getString(1);
        }
    }

    @Override
    public Inspector inspector() {
        return inspector;
    }

    @Override
    public DiffHooks diffHooks() {
        return hooks;
    }

    @Override
    public Renderer renderer() {
        return renderer;
    }

    @Override
    public String quoteIdentifier(String identifier) {
        return SqliteQuote.ident(identifier);
    }

    @Override
    public SplitOptions splitOptions() {
        return new SplitOptions(false, true, false, false);
    }

    @Override
    public Scratch openScratch(DatabaseUrl target, ScratchOptions options) throws SQLException {
        return new SqliteScratch();
    }

    @Override
    public java.util.Optional<java.util.List<java.util.List<Integer>>> parts(java.util.List<String> statements) {
        return SqliteScriptParts.of(statements);
    }

    @Override
    public dev.syncdb.plan.PreflightQueries preflightQueries(java.sql.Connection connection) {
        return new SqlitePreflightQueries();
    }

    @Override
    public dev.syncdb.dialect.BackupProvider backupProvider() {
        return new SqliteBackup();
    }

    /**
     * Foreign keys off around a plan that rebuilds or drops tables; around a migration script, which
     * may rebuild tables without a plan saying so, always.
     */
    @Override
    public ExecutionHooks executionHooks(HookScope scope) {
        return new SqliteExecutionHooks(scope == HookScope.SCRIPT);
    }

    @Override
    public MigrationLock migrationLock(DatabaseUrl url, Connection connection) {
        String loc = SqliteConnector.location(url);
        return new SqliteMigrationLock(loc.equals(SqliteConnector.MEMORY) ? null : Path.of(loc).toAbsolutePath(), context.userName());
    }

    /** SQLite names no position in its syntax errors: found by parsing ever longer prefixes ({@link SqliteErrorPosition}). */
    @Override
    public java.util.OptionalInt errorOffset(String statement, SQLException error) {
        return SqliteErrorPosition.find(statement, error);
    }

    /** SQLite's own syntax in a script: WITHOUT ROWID, STRICT tables, AUTOINCREMENT, PRAGMA. */
    @Override
    public boolean writtenIn(String script) {
        return OWN_SYNTAX.matcher(script).find();
    }

    private static final java.util.regex.Pattern OWN_SYNTAX = java.util.regex.Pattern.compile(
            "\\bWITHOUT\\s+ROWID\\b|\\)\\s*STRICT\\b|\\bAUTOINCREMENT\\b|^\\s*PRAGMA\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.MULTILINE);
}
