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
 * {@code PGPASSWORD} in the caller's environment). Connecting gives up
 * after about 10 seconds; statements have no socket timeout. {@code sslmode=verify-ca|verify-full} with
 * {@code sslrootcert} go to PgJDBC as they are; a failed certificate check becomes a one-line
 * {@link TlsFailure} message.
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
        Connection c;
        try {
            c = new Driver().connect(jdbcUrl(url, database), properties(url, context));
        } catch (SQLException e) {
            String trusted = url.params().containsKey("sslrootcert") ? "sslrootcert=" + url.params().get("sslrootcert")
                    : "sslrootcert not given: ~/.postgresql/root.crt";
            String host = url.host() == null || url.host().isEmpty() ? "localhost" : url.host();
            Optional<String> tls = TlsFailure.describe(e, trusted, host);
            if (tls.isPresent()) {
                throw new SQLException(tls.get(), "08006", e);
            }
            throw e;
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

    /** The URL's database, or (as libpq does) the user name when the URL names none. */
    static String databaseName(DatabaseUrl url) {
        return url.path() == null || url.path().isEmpty() ? user(url) : url.path();
    }

    static String user(DatabaseUrl url) {
        return url.user() == null || url.user().isEmpty() ? "postgres" : url.user();
    }

    /** Connection properties: defaults, then the URL's parameters, then user and password. */
    static Properties properties(DatabaseUrl url, DialectContext context) {
        Properties p = new Properties();
        p.setProperty("connectTimeout", TIMEOUT_SECONDS);
        p.setProperty("loginTimeout", TIMEOUT_SECONDS);
        p.setProperty("ApplicationName", "syncdb");
        url.params().forEach((key, value) -> {
            if (!key.equals("user") && !key.equals("password")) {
                String name = RENAMED.getOrDefault(key, key);
                p.setProperty(name, name.equals("targetServerType") ? SESSION_ATTRS.getOrDefault(value, value) : value);
            }
        });
        p.setProperty("user", user(url));
        String password = url.password() != null ? url.password() : context.env("PGPASSWORD");
        if (password != null) {
            p.setProperty("password", password);
        }
        return p;
    }

    private static String encode(String db) {
        return java.net.URLEncoder.encode(db, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
