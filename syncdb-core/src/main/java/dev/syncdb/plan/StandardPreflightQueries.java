package dev.syncdb.plan;

import dev.syncdb.model.CheckConstraint;
import dev.syncdb.model.Column;
import dev.syncdb.model.DataType;
import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.Index;
import dev.syncdb.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Preflight queries in portable SQL (window counts, {@code NOT EXISTS}, {@code LIMIT}): a dialect
 * supplies its quoting and the type-specific checks ({@link #narrowing}, {@link #conversion}), which
 * are "not checked" here.
 */
public abstract class StandardPreflightQueries implements PreflightQueries {
    /** Samples per check. */
    public static final int SAMPLES = 5;

    /** The identifier as SQL text. */
    protected abstract String quote(String identifier);

    /** A string literal. */
    protected String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** The table as SQL text (managed-schema tables are unqualified: the session's search path finds them). */
    protected String table(Table t) {
        return relation(t.name());
    }

    /** A table of the managed schema named by its model name (a dialect managing several namespaces may qualify it). */
    protected String relation(String name) {
        return quote(name);
    }

    /** An expression as text, NULL printed as NULL. */
    protected String text(String expression) {
        return "COALESCE(CAST(" + expression + " AS TEXT), 'NULL')";
    }

    /** Several expressions as one text, separated by ", ". */
    protected String texts(List<String> expressions) {
        return expressions.stream().map(this::text).collect(Collectors.joining(" || ', ' || "));
    }

    /** The row key sample of {@code t} (its primary key as text), or NULL when it has none. */
    protected String rowKey(Table t, String alias) {
        if (t.primaryKey() == null || t.primaryKey().columns().isEmpty()) {
            return "NULL";
        }
        String prefix = alias == null ? "" : alias + ".";
        return texts(t.primaryKey().columns().stream().map(c -> prefix + quote(c)).toList());
    }

    /** SELECT total, sample FROM table WHERE condition, at most {@link #SAMPLES} rows. */
    protected String counted(String sample, String from, String where) {
        return "SELECT count(*) OVER (), " + sample + " FROM " + from + " WHERE " + where + " LIMIT " + SAMPLES;
    }

    @Override
    public PreflightQuery rows(Table t) {
        return PreflightQuery.of("SELECT count(*), NULL FROM " + table(t));
    }

    @Override
    public PreflightQuery values(Table t, String column) {
        return PreflightQuery.of("SELECT count(" + quote(column) + "), NULL FROM " + table(t));
    }

    @Override
    public PreflightQuery nulls(Table t, String column, String using) {
        String value = using == null ? quote(column) : "(" + using + ")";
        return PreflightQuery.of(counted(rowKey(t, null), table(t), value + " IS NULL"));
    }

    @Override
    public PreflightQuery duplicates(Table t, List<String> columns, boolean nullsEqual) {
        return grouped(t, columns.stream().map(this::quote).toList(), nullsEqual, null);
    }

    @Override
    public PreflightQuery duplicates(Table t, Index index) {
        List<String> keys = index.keys().stream()
                .map(k -> k.isExpression() ? "(" + k.expression() + ")" : quote(k.expression())).toList();
        return grouped(t, keys, index.nullsNotDistinct(), index.predicate());
    }

    private PreflightQuery grouped(Table t, List<String> keys, boolean nullsEqual, String predicate) {
        List<String> where = new ArrayList<>();
        if (!nullsEqual) {
            keys.forEach(k -> where.add(k + " IS NOT NULL"));
        }
        if (predicate != null) {
            where.add("(" + predicate + ")");
        }
        String keyList = String.join(", ", keys);
        return PreflightQuery.of("SELECT count(*) OVER (), " + texts(keys) + " FROM " + table(t)
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " GROUP BY " + keyList + " HAVING count(*) > 1 LIMIT " + SAMPLES);
    }

    @Override
    public PreflightQuery narrowing(Table t, Column from, Column to) {
        return PreflightQuery.unchecked("values that do not fit " + to.type().sql() + " are not checked on this database");
    }

    @Override
    public PreflightQuery conversion(Table t, Column from, Column to) {
        return PreflightQuery.unchecked("conversion " + from.type().sql() + " -> " + to.type().sql()
                + " is not checked on this database");
    }

    @Override
    public PreflightQuery conversionUsing(Table t, Column to, String expression) {
        // converts every row (the count forces it) and reports 0: a row that does not convert fails the query
        return PreflightQuery.evaluating("SELECT 0 * count(CAST((" + expression + ") AS " + castType(to.type()) + ")), NULL FROM "
                + table(t));
    }

    /** The type named in a CAST to {@code type}: the type itself here; databases whose CAST takes fewer types map it. */
    protected String castType(DataType type) {
        return type.sql();
    }

    @Override
    public PreflightQuery orphans(Table t, ForeignKey key, boolean refIsNew) {
        List<String> cols = key.columns().stream().map(c -> "c." + quote(c)).toList();
        List<String> where = new ArrayList<>(cols.stream().map(c -> c + " IS NOT NULL").toList());
        if (!refIsNew) {
            String ref = key.refSchema() == null ? relation(key.refTable()) : quote(key.refSchema()) + "." + quote(key.refTable());
            List<String> match = new ArrayList<>();
            for (int i = 0; i < cols.size(); i++) {
                match.add("p." + quote(key.refColumns().get(i)) + " = " + cols.get(i));
            }
            where.add("NOT EXISTS (SELECT 1 FROM " + ref + " p WHERE " + String.join(" AND ", match) + ")");
        }
        return PreflightQuery.of(counted(texts(cols), table(t) + " c", String.join(" AND ", where)));
    }

    @Override
    public PreflightQuery violations(Table t, CheckConstraint check) {
        return PreflightQuery.of(counted(rowKey(t, null), table(t), "NOT (" + check.expression() + ")"));
    }

    @Override
    public PreflightQuery enumUses(Table t, String column, List<String> labels) {
        String v = "CAST(" + quote(column) + " AS TEXT)";
        String in = labels.stream().map(this::literal).collect(Collectors.joining(", "));
        return PreflightQuery.of("SELECT count(*), " + v + " FROM " + table(t) + " WHERE " + v + " IN (" + in
                + ") GROUP BY " + v);
    }
}
