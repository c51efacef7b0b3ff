package dev.syncdb.mysql;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.DialectContext;
import dev.syncdb.dialect.TlsFailure;
import org.mariadb.jdbc.Driver;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * Turns a syncdb MySQL URL ({@code mysql://}, {@code mariadb://}, {@code jdbc:mysql://},
 * {@code jdbc:mariadb://}) into a MariaDB Connector/J connection: the JDBC URL names only host, port
 * and database; user, password and every query parameter go in connection properties, so no
 * printable string holds the password (from the URL, {@code MYSQL_PWD} or an option file:
 * {@link MysqlPassword}). Connecting gives up after about 10 seconds. TLS parameters are mapped by
 * {@link MysqlTlsOptions}; a failed certificate check becomes a one-line {@link TlsFailure} message.
 */
final class MysqlConnector {
    static final int DEFAULT_PORT = 3306;
    static final String TIMEOUT_MS = "10000";

    private MysqlConnector() {
    }

    /** Connects to the URL's database, or to {@code database} on the same server ("" = none) when not null. */
    static Connection connect(DatabaseUrl url, String database, DialectContext context) throws SQLException {
        Properties properties;
        try {
            properties = properties(url, context);
        } catch (IllegalArgumentException e) {
            throw new SQLException(e.getMessage(), "08001", e);
        }
        Connection c;
        try {
            c = new Driver().connect(jdbcUrl(url, database), properties);
        } catch (SQLException e) {
            String host = url.host() == null || url.host().isEmpty() ? "localhost" : url.host();
            Optional<String> tls = TlsFailure.describe(e, MysqlTlsOptions.trusted(url.params(), properties), host);
            if (tls.isPresent()) {
                throw new SQLException(tls.get(), "08006", e);
            }
            boolean denied = e.getMessage() != null && e.getMessage().contains("using password: NO");
            throw denied && !properties.containsKey("password") ? withoutPassword(e, context) : e;
        }
        if (c == null) {
            throw new SQLException("not a MySQL URL: " + url.masked());
        }
        return c;
    }

    /** The server wanted a password and none was found: the error says where one could be. */
    private static SQLException withoutPassword(SQLException e, DialectContext context) {
        java.nio.file.Path file = MysqlPassword.optionFile(context);
        return new SQLException(e.getMessage() + " (no password in the URL, in MYSQL_PWD or in the option file "
                + (file == null ? "~/.my.cnf" : file) + ")", e.getSQLState(), e);
    }

    /** {@code jdbc:mariadb://host:port/db} (no parameters, no credentials). */
    static String jdbcUrl(DatabaseUrl url, String database) {
        String host = url.host() == null || url.host().isEmpty() ? "localhost" : url.host();
        int port = url.port() == null ? DEFAULT_PORT : url.port();
        String db = database != null ? database : database(url);
        return "jdbc:mariadb://" + host + ":" + port + "/" + (db == null ? "" : encode(db));
    }

    /** Whether the server behind the connection is MariaDB (else MySQL). */
    static boolean mariadb(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductVersion().toLowerCase().contains("mariadb");
    }

    /** The URL's database, or null when it names none. */
    static String database(DatabaseUrl url) {
        String p = url.path();
        if (p == null || p.isEmpty()) {
            return null;
        }
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** Connection properties: defaults, then the URL's parameters, then user and password. */
    static Properties properties(DatabaseUrl url, DialectContext context) {
        Properties p = new Properties();
        p.setProperty("connectTimeout", TIMEOUT_MS);
        p.setProperty("connectionAttributes", "program_name:syncdb");
        url.params().forEach((key, value) -> {
            if (!key.equals("user") && !key.equals("password") && !MysqlTlsOptions.mapped(key)) {
                p.setProperty(key, value);
            }
        });
        MysqlTlsOptions.apply(url.params(), p);
        p.setProperty("user", url.user() == null || url.user().isEmpty() ? "root" : url.user());
        String password = MysqlPassword.resolve(url, context);
        if (password != null) {
            p.setProperty("password", password);
        }
        return p;
    }

    private static String encode(String db) {
        return java.net.URLEncoder.encode(db, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
