package dev.syncdb.jpa;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.Dialect;
import dev.syncdb.dialect.Dialects;
import org.hibernate.cfg.AvailableSettings;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Hibernate dialect that matches a syncdb dialect, with the target server's version (null
 * parts when unknown, so Hibernate's default applies). The syncdb dialect names its Hibernate
 * dialect itself, under Hibernate's own setting name in {@link Dialect#toolSettings()}; this module
 * knows no database product.
 */
record HibernateTarget(String dialectClass, Integer major, Integer minor) {
    private static final Pattern VERSION = Pattern.compile("(\\d+)(?:\\.(\\d+))?");

    /**
     * The target for the syncdb dialect called {@code syncdbDialect} ("postgresql", "sqlite", ...) on
     * the class path and the server version text it reports ("PostgreSQL 17.6", "3.54.1").
     */
    static HibernateTarget of(String syncdbDialect, String serverVersion) {
        return Dialects.named(syncdbDialect).map(d -> of(d, serverVersion)).orElseThrow(() -> unsupported(syncdbDialect));
    }

    /** The target for {@code dialect} and the server version text it reports. */
    static HibernateTarget of(Dialect dialect, String serverVersion) {
        String dialectClass = dialect.toolSettings().get(AvailableSettings.DIALECT);
        if (dialectClass == null) {
            throw unsupported(dialect.name());
        }
        Matcher m = VERSION.matcher(serverVersion == null ? "" : serverVersion);
        if (!m.find()) {
            return new HibernateTarget(dialectClass, null, null);
        }
        Integer minor = m.group(2) == null ? 0 : Integer.valueOf(m.group(2));
        return new HibernateTarget(dialectClass, Integer.valueOf(m.group(1)), minor);
    }

    private static SyncdbException unsupported(String name) {
        return SyncdbException.error("JPA entities are not supported for dialect " + name);
    }
}
