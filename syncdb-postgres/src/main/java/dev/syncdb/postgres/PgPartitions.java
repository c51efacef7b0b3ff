package dev.syncdb.postgres;

import dev.syncdb.model.Column;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;
import dev.syncdb.model.TableBuilder;
import dev.syncdb.plan.Statement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static dev.syncdb.postgres.PostgresQuote.ident;

/**
 * PostgreSQL's table partitioning and inheritance as table options: a partitioned table's key
 * ({@value #PARTITION_BY}, as {@code pg_get_partkeydef} prints it, e.g. {@code RANGE (created_at)}),
 * a partition's parent ({@value #PARTITION_OF}) and bound ({@value #PARTITION_BOUND}, as
 * {@code pg_get_expr(relpartbound)} prints it, e.g. {@code FOR VALUES IN ('US')} or {@code DEFAULT}),
 * and an inheritance child's parents ({@value #INHERITS}, comma-separated). The parents are also
 * {@link Table#parents()}, which orders creates and drops.
 *
 * <p>A changed bound or parent is a DETACH PARTITION from the old parent and an ATTACH PARTITION
 * with the new bound, which keeps the partition's rows; a changed parent list of an inheritance
 * child is NO INHERIT / INHERIT. The partition key of an existing table cannot change in place.
 */
final class PgPartitions {
    static final String PARTITION_BY = "partition_by";
    static final String PARTITION_OF = "partition_of";
    static final String PARTITION_BOUND = "partition_bound";
    static final String INHERITS = "inherits";

    private PgPartitions() {
    }

    /** Reads a {@code tables.sql} row's parents, partition key and bound into {@code b}. */
    static void read(ResultSet rs, TableBuilder b) throws SQLException {
        List<String> parents = Arrays.stream(dev.syncdb.dialect.CatalogQuery.array(rs, "parents"))
                .map(String::valueOf).toList();
        parents.forEach(b::parent);
        String key = rs.getString("partition_key");
        if (key != null) {
            b.option(PARTITION_BY, key);
        }
        String bound = rs.getString("partition_bound");
        if (bound != null) {
            b.option(PARTITION_OF, parents.isEmpty() ? "" : parents.get(0));
            b.option(PARTITION_BOUND, bound);
        } else if (!parents.isEmpty()) {
            b.option(INHERITS, String.join(",", parents));
        }
    }

    /** Whether the options describe a partition. */
    static boolean isPartition(Map<String, String> options) {
        return options.get(PARTITION_OF) != null;
    }

    /**
     * The head of a CREATE TABLE for a partition, {@code CREATE TABLE name PARTITION OF parent}; its
     * own constraints go in parentheses after it, then {@link #tail(Table)}.
     */
    static String partitionHead(Table t) {
        return "CREATE TABLE " + ident(t.name()) + " PARTITION OF " + ident(t.options().get(PARTITION_OF));
    }

    /** What follows the column list of a CREATE TABLE: the bound, INHERITS and PARTITION BY, each when present. */
    static String tail(Table t) {
        Map<String, String> o = t.options();
        StringBuilder sb = new StringBuilder();
        if (isPartition(o)) {
            sb.append(' ').append(o.get(PARTITION_BOUND));
        } else if (o.get(INHERITS) != null) {
            sb.append(" INHERITS (").append(PostgresQuote.idents(inherits(o))).append(')');
        }
        if (o.get(PARTITION_BY) != null) {
            sb.append(" PARTITION BY ").append(o.get(PARTITION_BY));
        }
        return sb.toString();
    }

    /** Whether the partitioning or inheritance part of the options differs. */
    static boolean changed(Map<String, String> from, Map<String, String> to) {
        return !Objects.equals(from.get(PARTITION_BY), to.get(PARTITION_BY)) || membershipChanged(from, to)
                || !Objects.equals(from.get(INHERITS), to.get(INHERITS));
    }

    /** Whether the table leaves or joins a partitioned table, or its bound changes. */
    static boolean membershipChanged(Map<String, String> from, Map<String, String> to) {
        return !Objects.equals(from.get(PARTITION_OF), to.get(PARTITION_OF))
                || !Objects.equals(from.get(PARTITION_BOUND), to.get(PARTITION_BOUND));
    }

    /** Whether the change takes the table out of its current partitioned table (for good or to re-attach it). */
    static boolean detaches(Map<String, String> from, Map<String, String> to) {
        return isPartition(from) && membershipChanged(from, to);
    }

    /** Whether the change takes the table out of its partitioned table for good (its rows leave that table). */
    static boolean leaves(Map<String, String> from, Map<String, String> to) {
        return isPartition(from) && !Objects.equals(from.get(PARTITION_OF), to.get(PARTITION_OF));
    }

    /** Whether the change attaches the table to a partitioned table with a (new) bound. */
    static boolean attaches(Map<String, String> from, Map<String, String> to) {
        return isPartition(to) && membershipChanged(from, to);
    }

    /**
     * The statements that change {@code table}'s partitioning or inheritance from {@code from} to
     * {@code to}: DETACH then ATTACH PARTITION, NO INHERIT / INHERIT. A partition key cannot change
     * in place: the table must be re-created, which syncdb does not do on its own (rows would be lost).
     */
    static List<Statement> alter(String table, Map<String, String> from, Map<String, String> to) {
        if (!Objects.equals(from.get(PARTITION_BY), to.get(PARTITION_BY))) {
            throw new UnsupportedOperationException("PostgreSQL cannot change how an existing table is partitioned ("
                    + describeKey(from) + " -> " + describeKey(to) + ") of " + table
                    + ": re-create it under another name, copy the rows, then swap the names");
        }
        List<Statement> out = new ArrayList<>();
        if (detaches(from, to)) {
            out.add(Statement.of("ALTER TABLE " + ident(from.get(PARTITION_OF)) + " DETACH PARTITION " + ident(table)));
        }
        if (attaches(from, to)) {
            out.add(Statement.of("ALTER TABLE " + ident(to.get(PARTITION_OF)) + " ATTACH PARTITION " + ident(table)
                    + " " + to.get(PARTITION_BOUND)));
        }
        List<String> before = inherits(from);
        List<String> after = inherits(to);
        before.stream().filter(p -> !after.contains(p))
                .forEach(p -> out.add(Statement.of("ALTER TABLE " + ident(table) + " NO INHERIT " + ident(p))));
        after.stream().filter(p -> !before.contains(p))
                .forEach(p -> out.add(Statement.of("ALTER TABLE " + ident(table) + " INHERIT " + ident(p))));
        return out;
    }

    /**
     * Every column of {@code t} as the database holds it: those it takes over from its parents (in
     * parent order, each name once), then its own; the model lists only the own ones.
     */
    static List<Column> allColumns(Table t, Schema schema) {
        Map<String, Column> out = new LinkedHashMap<>();
        for (String parent : t.parents()) {
            schema.table(parent).filter(p -> !p.name().equals(t.name()))
                    .ifPresent(p -> allColumns(p, schema).forEach(c -> out.putIfAbsent(c.name(), c)));
        }
        t.columns().forEach(c -> out.putIfAbsent(c.name(), c));
        return List.copyOf(out.values());
    }

    private static String describeKey(Map<String, String> o) {
        return o.get(PARTITION_BY) == null ? "not partitioned" : "PARTITION BY " + o.get(PARTITION_BY);
    }

    private static List<String> inherits(Map<String, String> o) {
        String v = o.get(INHERITS);
        return v == null || v.isEmpty() ? List.of() : List.of(v.split(","));
    }
}
