package dev.syncdb.jpa;

import dev.syncdb.SyncdbException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Hibernate dialect that matches a syncdb dialect, with the target server's version (null
 * parts when unknown, so Hibernate's default applies).
 */
record HibernateTarget(String dialectClass, Integer major, Integer minor) {
    private static final Pattern VERSION = Pattern.compile("(\\d+)(?:\\.(\\d+))?");

    /**
     * Maps a syncdb dialect name ("postgresql", "sqlite", "mysql", "mariadb") and the server version
     * text the dialect reports ("PostgreSQL 17.6", "3.54.1") to Hibernate's dialect.
     */
    static HibernateTarget of(String syncdbDialect, String serverVersion) {
        String dialectClass = switch (syncdbDialect) {
            case "postgresql", "postgres" -> "org.hibernate.dialect.PostgreSQLDialect";
            case "sqlite" -> "org.hibernate.community.dialect.SQLiteDialect";
            case "mysql" -> "org.hibernate.dialect.MySQLDialect";
            case "mariadb" -> "org.hibernate.dialect.MariaDBDialect";
            default -> throw SyncdbException.error("JPA entities are not supported for dialect " + syncdbDialect);
        };
        Matcher m = VERSION.matcher(serverVersion == null ? "" : serverVersion);
        if (!m.find()) {
            return new HibernateTarget(dialectClass, null, null);
        }
        Integer minor = m.group(2) == null ? 0 : Integer.valueOf(m.group(2));
        return new HibernateTarget(dialectClass, Integer.valueOf(m.group(1)), minor);
    }
}
