package dev.syncdb.jpa;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.env.spi.QualifiedObjectNameFormatter;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Completes Hibernate's CREATE script for databases that cannot add constraints with ALTER TABLE
 * (SQLite): Hibernate leaves out every foreign key and table-level unique constraint there, so they
 * are written into each CREATE TABLE from the metamodel. COMMENT statements, which such databases
 * do not understand, are dropped.
 */
final class InlineConstraints {
    private final Metadata metadata;
    private final Dialect dialect;
    private final QualifiedObjectNameFormatter names;

    @SuppressWarnings("deprecation") // the formatter Hibernate's own exporters use, so names match its script
    InlineConstraints(Metadata metadata, Dialect dialect) {
        this.metadata = metadata;
        this.dialect = dialect;
        this.names = metadata.getDatabase().getJdbcEnvironment().getQualifiedObjectNameFormatter();
    }

    /** The script with constraints inlined, one statement per line. */
    String complete(String script) {
        Map<String, Table> byCreatePrefix = new HashMap<>();
        for (Namespace ns : metadata.getDatabase().getNamespaces()) {
            for (Table t : ns.getTables()) {
                byCreatePrefix.put(("create table " + tableName(t) + " (").toLowerCase(Locale.ROOT), t);
            }
        }
        StringBuilder out = new StringBuilder();
        for (String statement : statements(script)) {
            String lower = statement.toLowerCase(Locale.ROOT);
            if (lower.startsWith("comment on ")) {
                continue;
            }
            Table table = lower.startsWith("create table ") ? table(byCreatePrefix, lower) : null;
            out.append(table == null ? statement : withConstraints(statement, table)).append('\n');
        }
        return out.toString();
    }

    /**
     * The table a CREATE TABLE statement creates: looked up by its "create table NAME (" prefix
     * (one map lookup per statement, so 3,000 tables stay fast), else found by a scan.
     */
    private static Table table(Map<String, Table> byCreatePrefix, String lower) {
        int open = lower.indexOf(" (");
        Table direct = open < 0 ? null : byCreatePrefix.get(lower.substring(0, open + 2));
        if (direct != null) {
            return direct;
        }
        return byCreatePrefix.entrySet().stream().filter(e -> lower.startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** The statements of a script written with {@code ;} at line ends, each on one line. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            current.append(current.isEmpty() ? "" : "\n").append(line.stripTrailing());
            if (line.stripTrailing().endsWith(";")) {
                out.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }

    private String withConstraints(String statement, Table table) {
        List<String> clauses = new ArrayList<>();
        for (UniqueKey uk : table.getUniqueKeys().values()) {
            if (!table.isRedundantUniqueKey(uk)) {
                String name = uk.isNameExplicit() ? "constraint " + dialect.quote(uk.getName()) + " " : "";
                clauses.add(name + "unique (" + columns(uk.getColumns()) + ")");
            }
        }
        for (ForeignKey fk : table.getForeignKeyCollection()) {
            if (fk.isCreationEnabled() && fk.isPhysicalConstraint()) {
                clauses.add(foreignKey(fk));
            }
        }
        if (clauses.isEmpty()) {
            return statement;
        }
        int close = statement.lastIndexOf(')');
        return statement.substring(0, close) + ", " + String.join(", ", clauses) + statement.substring(close);
    }

    private String foreignKey(ForeignKey fk) {
        List<Column> referenced = fk.isReferenceToPrimaryKey()
                ? fk.getReferencedTable().getPrimaryKey().getColumns() : fk.getReferencedColumns();
        String sql = "constraint " + dialect.quote(fk.getName()) + " foreign key (" + columns(fk.getColumns())
                + ") references " + tableName(fk.getReferencedTable()) + " (" + columns(referenced) + ")";
        if (fk.getOnDeleteAction() != null) {
            String action = fk.getOnDeleteAction().name().replace('_', ' ').toLowerCase(Locale.ROOT);
            sql += action.equals("no action") ? "" : " on delete " + action;
        }
        return sql;
    }

    private String tableName(Table t) {
        return names.format(t.getQualifiedTableName(), dialect);
    }

    private String columns(List<Column> columns) {
        return columns.stream().map(c -> c.getQuotedName(dialect)).collect(Collectors.joining(", "));
    }
}
