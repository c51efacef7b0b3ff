package dev.syncdb.postgres;

import dev.syncdb.dialect.CatalogQuery;
import dev.syncdb.model.Index;
import dev.syncdb.model.IndexKey;
import dev.syncdb.model.ObjectRef;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.TableBuilder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The reader of {@code indexes.sql}: every index that does not back a constraint, of all tables in
 * one query. An index on a materialized view is a {@link SchemaObject.Kind#VIEW_INDEX} object (the
 * view's own model has no indexes): its definition is the CREATE INDEX syncdb would write, and it
 * depends on its view, so it is created once the view exists and dropped before the view goes. The
 * display text of each index is built from its parts rather than read from the server.
 */
final class CatalogIndexes {
    private static final int DESC = 0x0001;
    private static final int NULLS_FIRST = 0x0002;

    private CatalogIndexes() {
    }

    /** Adds each index to its table in {@code tables}, and each index of a materialized view to {@code viewIndexes}. */
    static void read(CatalogQuery query, Map<Long, TableBuilder> tables, List<SchemaObject> viewIndexes)
            throws SQLException {
        query.run("indexes", rs -> {
            TableBuilder table = tables.get(rs.getLong("indrelid"));
            if (table != null) {
                table.index(index(rs));
            } else if ("m".equals(rs.getString("table_kind"))) {
                String view = rs.getString("table_name");
                Index i = index(rs);
                viewIndexes.add(new SchemaObject(SchemaObject.Kind.VIEW_INDEX, i.name(), view, view + "." + i.name(),
                        i.definition(), Map.of(), List.of(new ObjectRef(SchemaObject.Kind.VIEW, view)), List.of()));
            }
        });
    }

    private static Index index(ResultSet rs) throws SQLException {
        Object[] printed = CatalogQuery.array(rs, "keys");
        Object[] isExpression = CatalogQuery.array(rs, "is_expression");
        Object[] options = CatalogQuery.array(rs, "options");
        Object[] opclasses = CatalogQuery.array(rs, "opclasses");
        Object[] collations = CatalogQuery.array(rs, "collations");
        int keyCount = rs.getInt("indnkeyatts");
        List<IndexKey> keys = new ArrayList<>();
        for (int k = 0; k < keyCount; k++) {
            int option = k < options.length ? ((Number) options[k]).intValue() : 0;
            keys.add(new IndexKey((String) printed[k], Boolean.TRUE.equals(isExpression[k]),
                    (option & DESC) != 0, nullsFirst(option), textAt(opclasses, k), textAt(collations, k)));
        }
        List<String> include = new ArrayList<>();
        for (int k = keyCount; k < printed.length; k++) {
            include.add((String) printed[k]);
        }
        Index parts = new Index(rs.getString("name"), rs.getBoolean("indisunique"), rs.getString("method"), keys,
                include, rs.getString("predicate"), rs.getBoolean("nulls_not_distinct"), null);
        Index index = withDefinition(parts, rs.getString("table_name"));
        return rs.getBoolean("indisvalid") ? index : invalid(index);
    }

    /**
     * An index a failed concurrent build left INVALID (PostgreSQL keeps it, maintains it on writes and
     * never uses it): read with the predicate {@code false}, so it differs from any desired index and the
     * next plan drops it (and builds it again when the desired schema has it).
     */
    static Index invalid(Index i) {
        return new Index(i.name(), i.unique(), i.method(), i.keys(), i.include(), INVALID_PREDICATE,
                i.nullsNotDistinct(), "INVALID (left by a failed concurrent build): " + i.definition());
    }

    /** The predicate an invalid index is read with. */
    static final String INVALID_PREDICATE = "false";

    /**
     * The index with its display text made from its parts, as syncdb would create it. The server's
     * own {@code pg_get_indexdef} text is not fetched: nothing compares it, and at thousands of
     * indexes it was about half the catalog query's time.
     */
    static Index withDefinition(Index i, String table) {
        return new Index(i.name(), i.unique(), i.method(), i.keys(), i.include(), i.predicate(),
                i.nullsNotDistinct(), PgIndexSql.create(table, i));
    }

    /** Null when the placement is the default for the direction (NULLS LAST for ASC, FIRST for DESC). */
    static Boolean nullsFirst(int option) {
        boolean desc = (option & DESC) != 0;
        boolean first = (option & NULLS_FIRST) != 0;
        return first == desc ? null : first;
    }

    private static String textAt(Object[] values, int k) {
        return k < values.length && values[k] != null ? values[k].toString() : null;
    }
}
