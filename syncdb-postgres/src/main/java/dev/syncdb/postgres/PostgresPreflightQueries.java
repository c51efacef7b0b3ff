package dev.syncdb.postgres;

import dev.syncdb.model.Column;
import dev.syncdb.model.DataType;
import dev.syncdb.model.Schema;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.Table;
import dev.syncdb.plan.PreflightQuery;
import dev.syncdb.plan.StandardPreflightQueries;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The PostgreSQL preflight queries: lengths for narrowed character types, ranges for narrowed
 * integers and numerics, and for text converted to another type {@code pg_input_is_valid}
 * (PostgreSQL 16+: the values that fail, counted) or, before 16, the conversion itself over every
 * stored value (exact as well: the first value that fails is named).
 */
final class PostgresPreflightQueries extends StandardPreflightQueries {
    private final boolean inputCheck;
    private final String namespaces;

    /** {@code serverVersionNum} as {@code server_version_num} gives it, e.g. 160004. */
    PostgresPreflightQueries(int serverVersionNum) {
        this(serverVersionNum, null);
    }

    /** {@code namespaces}: the managed namespaces as one name ({@link dev.syncdb.dialect.Namespaces}), or null. */
    PostgresPreflightQueries(int serverVersionNum, String namespaces) {
        this.namespaces = namespaces;
        this.inputCheck = serverVersionNum >= 160000;
    }

    @Override
    protected String relation(String name) {
        return PgNamespaces.within(namespaces, () -> PgNamespaces.sql(name));
    }

    @Override
    protected String quote(String identifier) {
        return PostgresQuote.ident(identifier);
    }

    @Override
    protected String literal(String text) {
        return PostgresQuote.literal(text);
    }

    @Override
    public PreflightQuery narrowing(Table t, Column from, Column to) {
        String c = quote(from.name());
        DataType type = to.type();
        String base = type.base().toLowerCase();
        if (type.array()) {
            return super.narrowing(t, from, to);
        }
        if (PgInputFormats.INTEGER_RANGES.containsKey(base)) {
            return values(t, c, c + " NOT BETWEEN " + PgInputFormats.INTEGER_RANGES.get(base));
        }
        if ((base.equals("character varying") || base.equals("character")) && type.length() != null) {
            return values(t, c, "length(rtrim(" + c + "::text, ' ')) > " + type.length());
        }
        if (base.equals("numeric") && type.precision() != null) {
            int scale = type.scale() == null ? 0 : type.scale();
            String limit = "1" + "0".repeat(type.precision() - scale);
            return values(t, c, "abs(round(" + c + "::numeric, " + scale + ")) >= " + limit);
        }
        return super.narrowing(t, from, to);
    }

    /** Values of column {@code c} matching {@code condition}, the values as samples. */
    private PreflightQuery values(Table t, String c, String condition) {
        return PreflightQuery.of(counted(text(c), table(t), c + " IS NOT NULL AND " + condition));
    }

    @Override
    public PreflightQuery conversion(Table t, Column from, Column to) {
        String source = from.type().base().toLowerCase();
        if (from.type().array() || !PgInputFormats.textual(source)) {
            return PreflightQuery.unchecked("conversion " + from.type().sql() + " -> " + to.type().sql()
                    + " (only conversions from text are checked)");
        }
        String c = quote(from.name()) + "::text";
        if (inputCheck) {
            return values(t, quote(from.name()), "NOT pg_input_is_valid(" + c + ", " + literal(to.type().sql()) + ")");
        }
        // before 16: the step's own cast over every stored value; one that does not convert fails
        // the query (its message names the value), as it would fail the step
        return PreflightQuery.evaluating("SELECT 0 * count(CAST(" + c + " AS " + to.type().sql() + ")), NULL FROM " + table(t));
    }

    /** Stored values of a domain's columns that its new CHECKs reject (validated ones only), or its new NOT NULL. */
    @Override
    public Map<String, PreflightQuery> objectViolations(SchemaObject from, SchemaObject to, Schema current) {
        Map<String, PreflightQuery> out = new LinkedHashMap<>();
        if (to.kind() != SchemaObject.Kind.DOMAIN || !PgObjectSql.inPlace(from, to)) {
            return out;
        }
        Map<String, String> checks = PgObjectSql.addedDomainChecks(from, to);
        boolean notNull = from.property(CatalogTypeObjects.NOT_NULL) == null && to.property(CatalogTypeObjects.NOT_NULL) != null;
        for (Table t : current.tables()) {
            for (Column c : t.columns()) {
                if (c.type().array() || !(c.type().base().equals(to.name()) || c.type().base().equals(PostgresQuote.ident(to.name())))) {
                    continue;
                }
                String col = quote(c.name());
                checks.forEach((name, check) -> {
                    if (check.startsWith("CHECK ") && !check.endsWith(" NOT VALID")) {
                        String rule = PgObjectSql.overValue(check.substring("CHECK ".length()), col);
                        out.put(t.name() + "." + c.name() + " " + check, PreflightQuery.of(
                                counted(rowKey(t, null), table(t), col + " IS NOT NULL AND NOT " + rule)));
                    }
                });
                if (notNull) {
                    out.put(t.name() + "." + c.name() + " NOT NULL", nulls(t, c.name(), null));
                }
            }
        }
        return out;
    }

    /**
     * Before ATTACH PARTITION with a new bound: the partition's rows outside the bound, and the rows
     * of the parent's DEFAULT partition inside it (PostgreSQL refuses the attach for either); before
     * a new partition is created, the latter.
     */
    @Override
    public Map<String, PreflightQuery> optionViolations(Table t, Map<String, String> from, Map<String, String> to,
                                                        Schema current) {
        Map<String, PreflightQuery> out = new LinkedHashMap<>();
        if (!PgPartitions.attaches(from, to)) {
            return out;
        }
        String parent = to.get(PgPartitions.PARTITION_OF);
        String bound = to.get(PgPartitions.PARTITION_BOUND);
        String key = current.table(parent).map(p -> p.options().get(PgPartitions.PARTITION_BY)).orElse(null);
        String inside = key == null || bound.equalsIgnoreCase("DEFAULT") ? null : PgPartitionBounds.inside(key, bound, parent);
        boolean exists = current.table(t.name()).isPresent();
        if (inside == null) {
            if (exists) {
                out.put(t.name() + " " + bound, PreflightQuery.unchecked("rows outside " + bound + " of " + t.name()));
            }
            return out;
        }
        String sample = text(key.substring(key.indexOf('(')));
        if (exists) {
            out.put(t.name() + " " + bound, PreflightQuery.of(counted(sample, table(t), "NOT COALESCE(" + inside + ", false)")));
        }
        current.tables().stream().filter(d -> !d.name().equals(t.name()) && parent.equals(d.options().get(PgPartitions.PARTITION_OF))
                        && "DEFAULT".equalsIgnoreCase(d.options().get(PgPartitions.PARTITION_BOUND)))
                .forEach(d -> out.put("default partition " + d.name() + " " + bound,
                        PreflightQuery.of(counted(sample, table(d), "COALESCE(" + inside + ", false)"))));
        return out;
    }

    @Override
    public boolean usesEnum(Column column, String enumName) {
        String base = column.type().base();
        return !column.type().array() && (base.equals(enumName) || base.equals(PostgresQuote.ident(enumName)));
    }
}
