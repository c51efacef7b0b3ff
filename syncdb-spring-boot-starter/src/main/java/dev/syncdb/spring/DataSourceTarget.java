package dev.syncdb.spring;

import dev.syncdb.dialect.DatabaseUrl;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/**
 * The application's database as a syncdb target: the JDBC URL and user the {@link DataSource}'s
 * connections report, the password from {@code spring.datasource.password} (scratch places on
 * the same server are reached by URL), and the DataSource itself as the source of the session's
 * connection.
 */
final class DataSourceTarget {

    private DataSourceTarget() {
    }

    static DatabaseUrl of(DataSource dataSource, Environment environment) {
        String jdbcUrl;
        String user;
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            jdbcUrl = meta.getURL();
            user = meta.getUserName();
        } catch (SQLException e) {
            throw new SyncdbStartupException("syncdb cannot connect to the application's DataSource: "
                    + DatabaseUrl.maskText(e.getMessage()), "Check the spring.datasource settings.", e);
        }
        if (jdbcUrl == null) {
            throw new SyncdbStartupException("syncdb: the application's DataSource reports no JDBC URL",
                    "Set spring.datasource.url.");
        }
        String name = environment.getProperty("spring.datasource.username", user == null ? "" : user);
        String password = environment.getProperty("spring.datasource.password");
        try {
            return DatabaseUrl.parse(withCredentials(jdbcUrl, name, password)).withConnections(dataSource::getConnection);
        } catch (IllegalArgumentException e) {
            throw new SyncdbStartupException("syncdb cannot read the DataSource's URL: " + e.getMessage(),
                    "Set spring.datasource.url to a jdbc:postgresql, jdbc:mysql, jdbc:mariadb or jdbc:sqlite URL.", e);
        }
    }

    /** The URL with {@code user} and {@code password} parameters added (only those that are set and not in it). */
    static String withCredentials(String jdbcUrl, String user, String password) {
        StringBuilder url = new StringBuilder(jdbcUrl);
        char sep = jdbcUrl.indexOf('?') >= 0 ? '&' : '?';
        if (!blank(user) && !jdbcUrl.contains("user=")) {
            url.append(sep).append("user=").append(encode(user));
            sep = '&';
        }
        if (!blank(password) && !jdbcUrl.contains("password=")) {
            url.append(sep).append("password=").append(encode(password));
        }
        return url.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
