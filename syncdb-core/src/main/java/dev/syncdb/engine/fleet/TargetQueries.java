package dev.syncdb.engine.fleet;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.DialectContext;
import dev.syncdb.engine.session.Session;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Targets found on a control database: the rows of a tenants query (each first column a database
 * URL, or a schema name on the control server), or the schemas of the control server whose names
 * match a pattern (SQL LIKE syntax: {@code tenant_%}), read through the driver's standard metadata.
 */
public final class TargetQueries {

    private TargetQueries() {
    }

    /** The targets a query on {@code control} returns, in its order. */
    public static List<FleetTarget> tenants(DatabaseUrl control, String sql, DialectContext context) {
        try (Session s = Session.open(control, null, false, context);
             Statement st = s.connection().createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            List<FleetTarget> out = new ArrayList<>();
            while (rs.next()) {
                String v = rs.getString(1);
                if (v != null && !v.isBlank()) {
                    out.add(target(control, v.strip()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw SyncdbException.error("--tenants: the query failed on " + control.masked() + ": "
                    + Session.oneLine(e.getMessage()));
        }
    }

    /** The schemas on {@code control} whose names match {@code pattern}, by name. */
    public static List<FleetTarget> schemas(DatabaseUrl control, String pattern, DialectContext context) {
        try (Session s = Session.open(control, null, false, context)) {
            Connection c = s.connection();
            List<FleetTarget> out = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getSchemas(c.getCatalog(), pattern)) {
                while (rs.next()) {
                    out.add(new FleetTarget(control, rs.getString("TABLE_SCHEM")));
                }
            }
            out.sort(java.util.Comparator.comparing(FleetTarget::schemaName));
            if (out.isEmpty()) {
                throw SyncdbException.error("--schema-name-pattern " + pattern + ": no schema on " + control.masked()
                        + " matches (the pattern uses SQL LIKE: % any text, _ one character)");
            }
            return out;
        } catch (SQLException e) {
            throw SyncdbException.error("--schema-name-pattern: cannot list the schemas of " + control.masked() + ": "
                    + Session.oneLine(e.getMessage()));
        }
    }

    /** A tenants row: a URL when it parses as one, else a schema on the control server. */
    private static FleetTarget target(DatabaseUrl control, String value) {
        if (value.contains(":")) {
            try {
                return new FleetTarget(DatabaseUrl.parse(value), null);
            } catch (IllegalArgumentException e) {
                throw SyncdbException.error("--tenants: a row is not a database URL (" + DatabaseUrl.maskText(e.getMessage()) + ")");
            }
        }
        return new FleetTarget(control, value);
    }
}
