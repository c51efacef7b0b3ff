package dev.syncdb.mysql;

import dev.syncdb.diff.DiffHooks;
import dev.syncdb.dialect.BackupProvider;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.Dialect;
import dev.syncdb.dialect.DialectContext;
import dev.syncdb.dialect.Inspector;
import dev.syncdb.dialect.MigrationLock;
import dev.syncdb.dialect.Scratch;
import dev.syncdb.dialect.ScratchOptions;
import dev.syncdb.dialect.SplitOptions;
import dev.syncdb.plan.PreflightQueries;
import dev.syncdb.plan.Renderer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;

/**
 * The MySQL / MariaDB dialect (MySQL 8, MariaDB 10.11 and later; tested on MariaDB): URLs
 * {@code mysql://} and {@code mariadb://}, with or without {@code jdbc:}; manages the URL's database;
 * materializes desired schemas in a throw-away database on the target server ({@link MysqlScratch}).
 * Its DDL is not transactional (each schema statement commits on its own), so plans run statement
 * by statement after the live-data preflight.
 */
public final class MysqlDialect implements Dialect {
    private static final Set<String> SCHEMES = Set.of("mysql", "mariadb");
    private final DialectContext context;

    /** The dialect in the context of this process ({@link DialectContext#system()}). */
    public MysqlDialect() {
        this(DialectContext.system());
    }

    /** The dialect working in {@code context}: its environment, user and warning sink. */
    public MysqlDialect(DialectContext context) {
        this.context = context;
    }

    @Override
    public MysqlDialect withContext(DialectContext context) {
        return new MysqlDialect(context);
    }

    /** The Hibernate dialect for this database, for the JPA source. */
    @Override
    public Map<String, String> toolSettings() {
        return Map.of("hibernate.dialect", "org.hibernate.dialect.MySQLDialect");
    }

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public boolean accepts(DatabaseUrl url) {
        return SCHEMES.contains(url.scheme());
    }

    @Override
    public Connection connect(DatabaseUrl url) throws SQLException {
        return MysqlConnector.connect(url, null, context);
    }

    /** The URL's database; a URL without one is an error (there is no default database). */
    @Override
    public String defaultSchemaName(DatabaseUrl url) {
        String db = MysqlConnector.database(url);
        if (db == null) {
            throw dev.syncdb.SyncdbException.error("the URL names no database: " + url.masked()
                    + " (write mysql://user@host:3306/DATABASE, or give --schema-name)");
        }
        return db;
    }

    /** "MariaDB 10.11.19" or "MySQL 8.0.36", from {@code VERSION()}. */
    @Override
    public String serverVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT VERSION()")) {
            rs.next();
            String v = rs.getString(1);
            String number = v.split("-")[0];
            return (v.toLowerCase().contains("mariadb") ? "MariaDB " : "MySQL ") + number;
        }
    }

    @Override
    public Inspector inspector() {
        return new MysqlInspector();
    }

    @Override
    public DiffHooks diffHooks() {
        return new MysqlDiffHooks();
    }

    @Override
    public Renderer renderer() {
        return new MysqlRenderer();
    }

    /** No dollar quotes, BEGIN/END blocks (trigger and routine bodies), backslash escapes, no meta lines. */
    @Override
    public SplitOptions splitOptions() {
        return new SplitOptions(false, true, true, false);
    }

    @Override
    public Scratch openScratch(DatabaseUrl target, ScratchOptions options) throws SQLException {
        return MysqlScratch.open(target, options, context);
    }

    @Override
    public BackupProvider backupProvider() {
        return new MysqlBackup();
    }

    /** The global, database and table privileges the account lacks for the changes ({@link MysqlPrivileges}). */
    @Override
    public java.util.List<String> missingPrivileges(Connection connection, String schemaName,
                                                    java.util.List<dev.syncdb.diff.SchemaChange> changes) throws SQLException {
        return MysqlPrivileges.missing(connection, schemaName, changes);
    }

    @Override
    public PreflightQueries preflightQueries(Connection connection) {
        return new MysqlPreflightQueries();
    }

    @Override
    public MigrationLock migrationLock(DatabaseUrl url, Connection connection) {
        return new MysqlMigrationLock(connection, defaultSchemaName(url), () -> connect(url));
    }

    /** Each DDL statement commits implicitly on MySQL and MariaDB. */
    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public String quoteIdentifier(String identifier) {
        return MysqlQuote.ident(identifier);
    }

    /** MySQL's own syntax in a script: ENGINE=, AUTO_INCREMENT, UNSIGNED, table charsets. */
    @Override
    public boolean writtenIn(String script) {
        return OWN_SYNTAX.matcher(script).find();
    }

    private static final java.util.regex.Pattern OWN_SYNTAX = java.util.regex.Pattern.compile(
            "\\bENGINE\\s*=|\\bAUTO_INCREMENT\\b|\\bUNSIGNED\\b|\\bDEFAULT\\s+CHARSET\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    @Override
    public dev.syncdb.dialect.OnlineDdl online() {
        return MysqlOnlineDdl.INSTANCE;
    }
}
