package dev.syncdb.postgres;

import dev.syncdb.dialect.CatalogQuery;
import dev.syncdb.model.Column;
import dev.syncdb.model.DataType;
import dev.syncdb.model.Generated;
import dev.syncdb.model.Identity;
import dev.syncdb.model.TableBuilder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * The reader of {@code columns.sql}: every column of every table in one query, turned into
 * {@link Column}s with their type parts decoded from the type modifier.
 */
final class CatalogColumns {
    private static final long BPCHAR = 1042;
    private static final long VARCHAR = 1043;
    private static final long BIT = 1560;
    private static final long VARBIT = 1562;
    private static final long NUMERIC = 1700;
    private static final long TIME = 1083;
    private static final long TIMETZ = 1266;
    private static final long TIMESTAMP = 1114;
    private static final long TIMESTAMPTZ = 1184;
    private static final long INTERVAL = 1186;
    private static final int VARHDRSZ = 4;

    private CatalogColumns() {
    }

    /**
     * Adds its own columns, in order, to each table of {@code tables} (keyed by table oid), noting
     * the numbers of all its columns in {@code names}. A column a partition or inheritance child takes
     * over from its parent is the parent's (see {@link dev.syncdb.model.Table#parents()}).
     */
    static void read(CatalogQuery query, Map<Long, TableBuilder> tables, AttributeNames names) throws SQLException {
        query.run("columns", rs -> {
            long relid = rs.getLong("attrelid");
            TableBuilder table = tables.get(relid);
            if (table != null) {
                Column c = column(rs);
                if (!rs.getBoolean("inherited")) {
                    table.column(c);
                }
                names.add(relid, rs.getInt("attnum"), c.name());
            }
        });
    }

    private static Column column(ResultSet rs) throws SQLException {
        String identity = rs.getString("attidentity");
        String generated = rs.getString("attgenerated");
        String expr = rs.getString("default_expr");
        Identity id = null;
        Generated gen = null;
        if ("a".equals(identity) || "d".equals(identity)) {
            id = new Identity("a".equals(identity) ? Identity.Generation.ALWAYS : Identity.Generation.BY_DEFAULT,
                    CatalogQuery.longOrNull(rs, "seqstart"), CatalogQuery.longOrNull(rs, "seqincrement"),
                    CatalogQuery.longOrNull(rs, "seqmin"), CatalogQuery.longOrNull(rs, "seqmax"));
            expr = null;
        } else if (generated != null && !generated.isEmpty()) {
            gen = new Generated(expr, "s".equals(generated));
            expr = null;
        }
        return new Column(rs.getString("attname"), type(rs), !rs.getBoolean("attnotnull"), expr, id, gen,
                rs.getString("collation"), rs.getString("comment"));
    }

    private static DataType type(ResultSet rs) throws SQLException {
        long base = rs.getLong("base_oid");
        int mod = rs.getInt("atttypmod");
        Integer length = null;
        Integer precision = null;
        Integer scale = null;
        if (base == BPCHAR || base == VARCHAR) {
            length = mod >= VARHDRSZ ? mod - VARHDRSZ : null;
        } else if (base == BIT || base == VARBIT) {
            length = mod >= 0 ? mod : null;
        } else if (base == NUMERIC && mod >= VARHDRSZ) {
            int m = mod - VARHDRSZ;
            precision = (m >> 16) & 0xFFFF;
            scale = ((m & 0x7FF) ^ 1024) - 1024;
        } else if (base == TIME || base == TIMETZ || base == TIMESTAMP || base == TIMESTAMPTZ) {
            precision = mod >= 0 ? mod : null;
        } else if (base == INTERVAL && mod >= 0 && (mod & 0xFFFF) != 0xFFFF) {
            precision = mod & 0xFFFF;
        }
        return new DataType(rs.getString("type_sql"), rs.getString("base"), length, precision, scale,
                rs.getBoolean("is_array"));
    }
}
