package dev.syncdb.postgres;

import dev.syncdb.model.CheckConstraint;
import dev.syncdb.model.Column;
import dev.syncdb.model.ExclusionConstraint;
import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.Generated;
import dev.syncdb.model.Identity;
import dev.syncdb.model.Index;
import dev.syncdb.model.PrimaryKey;
import dev.syncdb.model.Table;
import dev.syncdb.model.UniqueKey;
import dev.syncdb.plan.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.syncdb.postgres.PostgresQuote.ident;
import static dev.syncdb.postgres.PostgresQuote.idents;

/**
 * The PostgreSQL text of tables and their parts: CREATE TABLE with its columns and constraints,
 * column definitions, constraint clauses and the ALTER TABLE statements that add or drop them.
 */
final class PgTableSql {

    /** The table option that marks an UNLOGGED table ("true"); absent or anything else means logged. */
    static final String UNLOGGED = "unlogged";
    /** The table option that marks row-level security as enabled ("true"). */
    static final String ROW_SECURITY = "row_security";
    /** The table option that marks row-level security as forced on the table's owner too ("true"). */
    static final String FORCE_ROW_SECURITY = "force_row_security";

    private static final String NOT_VALID = " NOT VALID";

    private PgTableSql() {
    }

    /**
     * CREATE TABLE (a partition as {@code PARTITION OF} its parent with its bound; INHERITS and
     * PARTITION BY where the options say so), then its indexes, NOT VALID checks and comments.
     */
    static List<Statement> create(Table t) {
        List<String> parts = new ArrayList<>();
        boolean partition = PgPartitions.isPartition(t.options());
        if (!partition) {
            t.columns().forEach(c -> parts.add(column(c)));
        }
        if (t.primaryKey() != null) {
            parts.add(primaryKey(t.primaryKey()));
        }
        t.uniqueKeys().forEach(u -> parts.add(unique(u)));
        t.checks().stream().filter(c -> !notValid(c)).forEach(c -> parts.add(check(c)));
        t.exclusions().forEach(x -> parts.add(exclusion(x)));
        t.foreignKeys().forEach(f -> parts.add(foreignKey(f)));
        String head = partition ? PgPartitions.partitionHead(t)
                : "CREATE " + (unlogged(t.options()) ? "UNLOGGED " : "") + "TABLE " + PgNamespaces.sql(t.name());
        String body = partition && parts.isEmpty() ? "" : " (\n    " + String.join(",\n    ", parts) + "\n)";
        List<Statement> out = new ArrayList<>();
        out.add(Statement.of(head + body + PgPartitions.tail(t)));
        t.indexes().forEach(i -> out.add(Statement.of(PgIndexSql.create(t.name(), i))));
        t.checks().stream().filter(PgTableSql::notValid).forEach(c -> out.add(addConstraint(t.name(), check(c))));
        out.addAll(rowSecurity(t.name(), Map.of(), t.options()));
        out.addAll(PgReplicaIdentity.alter(t.name(), Map.of(), t.options()));
        if (t.comment() != null) {
            out.add(Statement.of("COMMENT ON TABLE " + PgNamespaces.sql(t.name()) + " IS " + PostgresQuote.literal(t.comment())));
        }
        t.columns().stream().filter(c -> c.comment() != null)
                .forEach(c -> out.add(columnComment(t.name(), c.name(), c.comment())));
        return out;
    }

    /** ALTER TABLE ... ENABLE/DISABLE and FORCE/NO FORCE ROW LEVEL SECURITY for the switches that differ. */
    static List<Statement> rowSecurity(String table, Map<String, String> from, Map<String, String> to) {
        List<Statement> out = new ArrayList<>();
        boolean enabled = on(to, ROW_SECURITY);
        if (on(from, ROW_SECURITY) != enabled) {
            out.add(Statement.of("ALTER TABLE " + PgNamespaces.sql(table) + (enabled ? " ENABLE" : " DISABLE") + " ROW LEVEL SECURITY"));
        }
        boolean forced = on(to, FORCE_ROW_SECURITY);
        if (on(from, FORCE_ROW_SECURITY) != forced) {
            out.add(Statement.of("ALTER TABLE " + PgNamespaces.sql(table) + (forced ? " FORCE" : " NO FORCE") + " ROW LEVEL SECURITY"));
        }
        return out;
    }

    private static boolean on(Map<String, String> options, String name) {
        return "true".equalsIgnoreCase(options.get(name));
    }

    /** Whether the options describe an UNLOGGED table. */
    static boolean unlogged(Map<String, String> options) {
        return "true".equalsIgnoreCase(options.get(UNLOGGED));
    }

    /** A column definition as in CREATE TABLE and ADD COLUMN. */
    static String column(Column c) {
        StringBuilder sb = new StringBuilder(ident(c.name())).append(' ').append(c.type().sql());
        if (c.collation() != null) {
            sb.append(" COLLATE ").append(PostgresQuote.collation(c.collation()));
        }
        if (c.identity() != null) {
            sb.append(' ').append(identity(c.identity()));
        }
        if (c.generated() != null) {
            sb.append(' ').append(generated(c.generated()));
        }
        if (c.defaultExpr() != null) {
            sb.append(" DEFAULT ").append(c.defaultExpr());
        }
        if (!c.nullable()) {
            sb.append(" NOT NULL");
        }
        return sb.toString();
    }

    /** GENERATED {ALWAYS|BY DEFAULT} AS IDENTITY, with its sequence options when known. */
    static String identity(Identity i) {
        String always = i.generation() == Identity.Generation.ALWAYS ? "ALWAYS" : "BY DEFAULT";
        List<String> opts = new ArrayList<>();
        if (i.start() != null) {
            opts.add("START WITH " + i.start());
        }
        if (i.increment() != null) {
            opts.add("INCREMENT BY " + i.increment());
        }
        if (i.minValue() != null && !defaultMin(i)) {
            opts.add("MINVALUE " + i.minValue());
        }
        if (i.maxValue() != null && !defaultMax(i)) {
            opts.add("MAXVALUE " + i.maxValue());
        }
        return "GENERATED " + always + " AS IDENTITY" + (opts.isEmpty() ? "" : " (" + String.join(" ", opts) + ")");
    }

    /** Whether an ascending identity's MINVALUE is PostgreSQL's default (1), so it need not be written. */
    static boolean defaultMin(Identity i) {
        return ascending(i) && i.minValue() == 1L;
    }

    /** Whether an ascending identity's MAXVALUE is the default of its integer type. */
    static boolean defaultMax(Identity i) {
        return ascending(i) && TYPE_MAXIMA.contains(i.maxValue());
    }

    private static boolean ascending(Identity i) {
        return i.increment() == null || i.increment() > 0;
    }

    private static final List<Long> TYPE_MAXIMA = List.of((long) Short.MAX_VALUE, (long) Integer.MAX_VALUE, Long.MAX_VALUE);

    static String generated(Generated g) {
        return "GENERATED ALWAYS AS (" + g.expression() + ") " + (g.stored() ? "STORED" : "VIRTUAL");
    }

    static String primaryKey(PrimaryKey pk) {
        return named(pk.name()) + "PRIMARY KEY (" + idents(pk.columns()) + ")"
                + deferrable(pk.deferrable(), pk.initiallyDeferred(), false);
    }

    static String unique(UniqueKey u) {
        return named(u.name()) + "UNIQUE " + (u.nullsNotDistinct() ? "NULLS NOT DISTINCT " : "")
                + "(" + idents(u.columns()) + ")" + deferrable(u.deferrable(), u.initiallyDeferred(), false);
    }

    /** CONSTRAINT name EXCLUDE ..., the definition as pg_get_constraintdef prints it. */
    static String exclusion(ExclusionConstraint x) {
        return named(x.name()) + x.definition();
    }

    static String check(CheckConstraint c) {
        return named(c.name()) + "CHECK " + PgCheckText.forSql(c.expression());
    }

    static String foreignKey(ForeignKey f) {
        StringBuilder sb = new StringBuilder(named(f.name())).append("FOREIGN KEY (").append(idents(f.columns()))
                .append(") REFERENCES ").append((f.refSchema() == null ? PgNamespaces.sql(f.refTable()) : PostgresQuote.qualified(f.refSchema(), f.refTable())))
                .append(" (").append(idents(f.refColumns())).append(')');
        if (f.match() != null && !f.match().equalsIgnoreCase("SIMPLE")) {
            sb.append(" MATCH ").append(f.match());
        }
        if (f.onDelete() != null && !f.onDelete().equalsIgnoreCase("NO ACTION")) {
            sb.append(" ON DELETE ").append(f.onDelete());
        }
        if (f.onUpdate() != null && !f.onUpdate().equalsIgnoreCase("NO ACTION")) {
            sb.append(" ON UPDATE ").append(f.onUpdate());
        }
        return sb.append(deferrable(f.deferrable(), f.initiallyDeferred(), true)).toString();
    }

    /** ALTER TABLE t ADD {clause}. */
    static Statement addConstraint(String table, String clause) {
        return Statement.of("ALTER TABLE " + PgNamespaces.sql(table) + " ADD " + clause);
    }

    /** ALTER TABLE t DROP CONSTRAINT name; an unnamed constraint cannot be dropped. */
    static Statement dropConstraint(String table, String name) {
        if (name == null) {
            throw new UnsupportedOperationException("cannot drop an unnamed constraint of " + table);
        }
        return Statement.of("ALTER TABLE " + PgNamespaces.sql(table) + " DROP CONSTRAINT " + ident(name));
    }

    static Statement columnComment(String table, String column, String text) {
        return Statement.of("COMMENT ON COLUMN " + PgNamespaces.sql(table) + "." + ident(column) + " IS " + PostgresQuote.literal(text));
    }

    private static boolean notValid(CheckConstraint c) {
        return c.expression().endsWith(NOT_VALID);
    }

    private static String named(String name) {
        return name == null ? "" : "CONSTRAINT " + ident(name) + " ";
    }

    private static String deferrable(boolean deferrable, boolean initiallyDeferred, boolean spellImmediate) {
        if (!deferrable) {
            return "";
        }
        if (initiallyDeferred) {
            return " DEFERRABLE INITIALLY DEFERRED";
        }
        return spellImmediate ? " DEFERRABLE INITIALLY IMMEDIATE" : " DEFERRABLE";
    }
}
