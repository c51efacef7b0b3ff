package dev.syncdb.mysql;

import dev.syncdb.dialect.CatalogQuery;
import dev.syncdb.model.Column;
import dev.syncdb.model.DataType;
import dev.syncdb.model.Generated;
import dev.syncdb.model.Identity;
import dev.syncdb.model.TableBuilder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reader of {@code columns.sql}: every column of every table in one query. The type is the
 * server's {@code COLUMN_TYPE} text ({@code varchar(100)}, {@code int(11) unsigned},
 * {@code enum('a','b')}); defaults are normalized to SQL text the same way on MySQL and MariaDB:
 * string literals quoted, expressions as printed, no default and DEFAULT NULL both null.
 */
final class MysqlColumns {
    private static final Pattern ON_UPDATE = Pattern.compile("(?i)on update ([\\w]+(?:\\(\\d*\\))?)");
    private static final Set<String> LENGTH_TYPES = Set.of("char", "varchar", "binary", "varbinary");
    private static final Set<String> TIME_TYPES = Set.of("datetime", "timestamp", "time");
    private static final Set<String> NUMERIC = Set.of("tinyint", "smallint", "mediumint", "int", "integer", "bigint",
            "decimal", "numeric", "float", "double", "real", "bit", "year");

    private MysqlColumns() {
    }

    /** Adds its columns, in order, to each table of {@code tables}; view columns are skipped. */
    static void read(CatalogQuery query, Map<String, TableBuilder> tables) throws SQLException {
        boolean mariadb = MysqlConnector.mariadb(query.connection());
        query.run("columns", rs -> {
            TableBuilder table = tables.get(rs.getString("TABLE_NAME"));
            if (table != null) {
                table.column(column(rs, mariadb));
            }
        });
    }

    private static Column column(ResultSet rs, boolean mariadb) throws SQLException {
        String extra = rs.getString("EXTRA") == null ? "" : rs.getString("EXTRA");
        String lower = extra.toLowerCase(Locale.ROOT);
        Identity identity = lower.contains("auto_increment") ? Identity.of(Identity.Generation.AUTOINCREMENT) : null;
        Generated generated = null;
        String expr = rs.getString("GENERATION_EXPRESSION");
        if (lower.contains("generated") && expr != null && !expr.isEmpty()) {
            generated = new Generated(expr, lower.contains("stored") || lower.contains("persistent"));
        }
        String def = generated != null ? null : defaultText(rs, mariadb, lower);
        Matcher onUpdate = ON_UPDATE.matcher(extra);
        if (onUpdate.find()) {
            def = (def == null ? "" : def + " ") + "ON UPDATE " + onUpdate.group(1);
        }
        return new Column(rs.getString("COLUMN_NAME"), type(rs), "YES".equals(rs.getString("IS_NULLABLE")), def,
                identity, generated, rs.getString("COLLATION_NAME"), CatalogQuery.textOrNull(rs, "COLUMN_COMMENT"));
    }

    /** The default as SQL text; null for none and for DEFAULT NULL. */
    private static String defaultText(ResultSet rs, boolean mariadb, String extra) throws SQLException {
        String d = rs.getString("COLUMN_DEFAULT");
        if (d == null || (mariadb && d.equals("NULL"))) {
            return null;
        }
        if (mariadb) {
            return d;
        }
        if (extra.contains("default_generated")) {
            return d.toUpperCase(Locale.ROOT).startsWith("CURRENT_TIMESTAMP") ? d : "(" + d + ")";
        }
        String base = rs.getString("DATA_TYPE").toLowerCase(Locale.ROOT);
        return NUMERIC.contains(base) && !d.startsWith("b'") ? d : MysqlQuote.literal(d);
    }

    private static DataType type(ResultSet rs) throws SQLException {
        String base = rs.getString("DATA_TYPE").toLowerCase(Locale.ROOT);
        Integer length = LENGTH_TYPES.contains(base) ? CatalogQuery.intOrNull(rs, "CHARACTER_MAXIMUM_LENGTH") : null;
        Integer precision = null;
        Integer scale = null;
        if (base.equals("decimal") || base.equals("numeric")) {
            precision = CatalogQuery.intOrNull(rs, "NUMERIC_PRECISION");
            scale = CatalogQuery.intOrNull(rs, "NUMERIC_SCALE");
        } else if (TIME_TYPES.contains(base)) {
            precision = CatalogQuery.intOrNull(rs, "DATETIME_PRECISION");
        }
        return new DataType(rs.getString("COLUMN_TYPE"), base, length, precision, scale, false);
    }
}
