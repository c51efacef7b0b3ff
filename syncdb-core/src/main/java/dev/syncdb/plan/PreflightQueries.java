package dev.syncdb.plan;

import dev.syncdb.model.CheckConstraint;
import dev.syncdb.model.Column;
import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.Index;
import dev.syncdb.model.Schema;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.Table;

import java.util.List;
import java.util.Map;

/**
 * A dialect's read-only preflight queries: SQL that counts the rows a risky step would fail on or
 * lose. Tables are the current (live) ones. Unless said otherwise a query returns at most five rows
 * {@code (total, sample)}: the total number of offending rows or keys (the same on every row) and one
 * sample as text; no row means none. {@link StandardPreflightQueries} writes the portable ones.
 */
public interface PreflightQueries {

    /** Rows of {@code table} (all rows: one row {@code (count, null)}). */
    PreflightQuery rows(Table table);

    /** Non-null values of {@code column} (one row {@code (count, null)}). */
    PreflightQuery values(Table table, String column);

    /** Rows with NULL in {@code column}, or in its conversion {@code using} when not null; samples: row keys. */
    PreflightQuery nulls(Table table, String column, String using);

    /** Key values of {@code columns} held by more than one row (NULL keys excepted unless {@code nullsEqual}). */
    PreflightQuery duplicates(Table table, List<String> columns, boolean nullsEqual);

    /** Keys held by more than one row for a unique index, within its predicate. */
    PreflightQuery duplicates(Table table, Index index);

    /** Values of {@code from} that do not fit the narrower type of {@code to}; samples: the values. */
    PreflightQuery narrowing(Table table, Column from, Column to);

    /** Values of {@code from} that do not convert to the type of {@code to}; samples: the values. */
    PreflightQuery conversion(Table table, Column from, Column to);

    /** Evaluates {@code expression} converted to {@code to}'s type on every row; fails when a row does not convert. */
    PreflightQuery conversionUsing(Table table, Column to, String expression);

    /** Rows whose key points nowhere ({@code refIsNew}: the referenced table is still empty); samples: the keys. */
    PreflightQuery orphans(Table table, ForeignKey key, boolean refIsNew);

    /** Rows for which {@code check} is false (NULL passes); samples: row keys. */
    PreflightQuery violations(Table table, CheckConstraint check);

    /** Rows using each of {@code labels} in {@code column}: rows {@code (count, label)}, one per label in use. */
    PreflightQuery enumUses(Table table, String column, List<String> labels);

    /**
     * Queries for the stored values a replaced object's new rules would reject (a domain's new CHECK
     * or NOT NULL, over the columns of that domain), by subject; none by default. Each returns rows
     * {@code (total, sample)} like the others.
     */
    default Map<String, PreflightQuery> objectViolations(SchemaObject from, SchemaObject to, Schema current) {
        return Map.of();
    }

    /**
     * Queries for the rows that a change of {@code table}'s dialect options ({@link Table#options()})
     * from {@code from} to {@code to} would fail on, e.g. rows outside a partition's new bound or rows
     * another table holds that the new bound claims, by subject; none by default. A table being
     * created comes with empty {@code from} options and is not in {@code current}. Each returns rows
     * {@code (total, sample)} like the others.
     */
    default Map<String, PreflightQuery> optionViolations(Table table, Map<String, String> from, Map<String, String> to,
                                                        Schema current) {
        return Map.of();
    }

    /** Whether {@code column}'s type is the enum {@code enumName} (not an array of it). */
    default boolean usesEnum(Column column, String enumName) {
        return !column.type().array() && column.type().base().equals(enumName);
    }
}
