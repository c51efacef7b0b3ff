package dev.syncdb.postgres;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.DialectContext;
import dev.syncdb.dialect.TlsFailure;
import org.postgresql.Driver;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Turns a syncdb PostgreSQL URL into a PgJDBC connection: the JDBC URL names only host, port and
 * database; user, password and every query parameter (libpq spellings mapped to PgJDBC ones) go in
 * connection properties, so no printable string ever holds the password (from the URL, else from
 * {@code PGPASSWORD} in the caller's environment, else from the password file: {@link PgPassword}).
 * Connecting gives up after about 10 seconds; statements have no socket timeout.
 * {@code sslmode=verify-ca|verify-full} with {@code sslrootcert} go to PgJDBC as they are; a failed
 * certificate check becomes a one-line {@link TlsFailure} message.
 */
final class PostgresConnector {
    static final int DEFAULT_PORT = 5432;
    static final String TIMEOUT_SECONDS = "10";

    /** libpq parameter names PgJDBC spells differently. */
    private static final Map<String, String> RENAMED = Map.of(
            "application_name", "ApplicationName",
            "connect_timeout", "connectTimeout",
            "target_session_attrs", "targetServerType");

    /** libpq target_session_attrs values as PgJDBC targetServerType values. */
    private static final Map<String, String> SESSION_ATTRS = Map.of(
            "read-write", "primary", "primary", "primary", "read-only", "secondary", "standby", "secondary",
            "prefer-standby", "preferSecondary", "any", "any");

    private PostgresConnector() {
    }

    /** Connects to the URL's database, or to {@code database} on the same server when that is not null. */
    static Connection connect(DatabaseUrl url, String database, DialectContext context) throws SQLException {
        Properties properties = properties(url, database, context);
        Connection c;
        try {
            c = new Driver().connect(jdbcUrl(url, database), properties);
        } catch (SQLException e) {
            String trusted = url.params().containsKey("sslrootcert") ? "sslrootcert=" + url.params().get("sslrootcert")
                    : "sslrootcert not given: ~/.postgresql/root.crt";
            String host = url.host() == null || url.host().isEmpty() ? "localhost" : url.host();
            Optional<String> tls = TlsFailure.describe(e, trusted, host);
            if (tls.isPresent()) {
                throw new SQLException(tls.get(), "08006", e);
            }
            boolean asked = "28P01".equals(e.getSQLState()) || noPassword(e);
            throw asked && !properties.containsKey("password") ? withoutPassword(e, url, context) : e;
        }
        if (c == null) {
            throw new SQLException("not a PostgreSQL URL: " + url.masked());
        }
        return c;
    }

    /** {@code jdbc:postgresql://host:port/db} (no parameters, no credentials). */
    static String jdbcUrl(DatabaseUrl url, String database) {
        String host = url.host() == null || url.host().isEmpty() ? "localhost" : url.host();
        String authority = host.contains(",") ? host : host + ":" + (url.port() == null ? DEFAULT_PORT : url.port());
        String db = database != null ? database : databaseName(url);
        return "jdbc:postgresql://" + authority + "/" + encode(db);
    }

    /**
     * {@code masked} (the URL's masked text) with the database used written in when the URL names
     * none: {@code postgresql://u@h:5432} becomes {@code postgresql://u@h:5432/u}.
     */
    static String withDatabase(String masked, DatabaseUrl url) {
        int start = masked.indexOf("://");
        if ((url.path() != null && !url.path().isEmpty()) || start < 0) {
            return masked;
        }
        int end = masked.length();
        for (int i = start + 3; i < masked.length(); i++) {
            if (masked.charAt(i) == '/' || masked.charAt(i) == '?') {
                end = i;
                break;
            }
        }
        String rest = masked.substring(end);
        rest = rest.startsWith("/") ? rest.substring(1) : rest;
        return masked.substring(0, end) + "/" + databaseName(url)
                + (rest.isEmpty() || rest.startsWith("?") ? rest : "?" + rest);
    }

    /** The URL's database, or (as libpq does) the user name when the URL names none. */
    static String databaseName(DatabaseUrl url) {
        return url.path() == null || url.path().isEmpty() ? user(url) : url.path();
    }

    static String user(DatabaseUrl url) {
        return url.user() == null || url.user().isEmpty() ? "postgres" : url.user();
    }

    /** The server wanted a password and none was found: the error says where one could be. */
    private static SQLException withoutPassword(SQLException e, DatabaseUrl url, DialectContext context) {
        java.nio.file.Path file = PgPassword.passFile(url, context);
        return new SQLException(e.getMessage() + " (no password in the URL, in PGPASSWORD or in the password file "
                + (file == null ? "~/.pgpass" : file) + ")", e.getSQLState(), e);
    }

    /** PgJDBC's words when the server asks for a password and none was given. */
    private static boolean noPassword(SQLException e) {
        return e.getMessage() != null && e.getMessage().contains("no password was provided");
    }

    /** Connection properties for the URL's own database. */
    static Properties properties(DatabaseUrl url, DialectContext context) {
        return properties(url, null, context);
    }

    /** Connection properties: defaults, then the URL's parameters, then user and password. */
    static Properties properties(DatabaseUrl url, String database, DialectContext context) {
        Properties p = new Properties();
        p.setProperty("connectTimeout", TIMEOUT_SECONDS);
        p.setProperty("loginTimeout", TIMEOUT_SECONDS);
        p.setProperty("ApplicationName", "syncdb");
        url.params().forEach((key, value) -> {
            if (!key.equals("user") && !key.equals("password") && !key.equals("passfile")) {
                String name = RENAMED.getOrDefault(key, key);
                p.setProperty(name, name.equals("targetServerType") ? SESSION_ATTRS.getOrDefault(value, value) : value);
            }
        });
        p.setProperty("user", user(url));
        String password = PgPassword.resolve(url, database, context);
        if (password != null) {
            p.setProperty("password", password);
        }
        return p;
    }

    private static String encode(String db) {
        return java.net.URLEncoder.encode(db, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
