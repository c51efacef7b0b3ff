package dev.syncdb.mysql;

import dev.syncdb.model.CheckConstraint;
import dev.syncdb.model.Column;
import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.Index;
import dev.syncdb.model.IndexKey;
import dev.syncdb.model.PrimaryKey;
import dev.syncdb.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dev.syncdb.mysql.MysqlQuote.ident;
import static dev.syncdb.mysql.MysqlQuote.literal;

/**
 * The MySQL text of tables and their parts: CREATE TABLE with columns, keys, indexes, checks and
 * foreign keys inline plus table options; column definitions as MODIFY COLUMN needs them (the whole
 * column: type, collation, generation, nullability, default, ON UPDATE, AUTO_INCREMENT, comment).
 */
final class MysqlTableSql {
    /** Defaults that are written as they are; anything else is an expression written in parentheses. */
    private static final Pattern PLAIN_DEFAULT = Pattern.compile(
            "(?is)^(?:'.*'|-?\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?|[bx]'[0-9a-f]*'|null|true|false|\\(.*\\)"
                    + "|current_timestamp(?:\\(\\d*\\))?|now\\(\\d*\\)|localtimestamp(?:\\(\\d*\\))?|_\\w+'.*')$");

    private MysqlTableSql() {
    }

    /** CREATE TABLE with everything inline; column collations only where they differ from the table's. */
    static String create(Table t) {
        String tableCollation = t.options().get(MysqlInspector.COLLATION);
        List<String> parts = new ArrayList<>();
        t.columns().forEach(c -> parts.add(column(c, tableCollation, t)));
        if (t.primaryKey() != null) {
            parts.add(primaryKey(t.primaryKey()));
        }
        t.uniqueKeys().forEach(u -> parts.add("CONSTRAINT " + ident(u.name()) + " UNIQUE (" + idents(u.columns()) + ")"));
        t.indexes().forEach(i -> parts.add(indexClause(i)));
        t.checks().stream().filter(c -> !columnLevel(c, t)).forEach(c -> parts.add(check(c)));
        t.foreignKeys().forEach(f -> parts.add(foreignKey(f)));
        return "CREATE TABLE " + ident(t.name()) + " (\n    " + String.join(",\n    ", parts) + "\n)" + options(t);
    }

    private static String options(Table t) {
        StringBuilder sb = new StringBuilder();
        Map<String, String> o = t.options();
        if (o.get(MysqlInspector.ENGINE) != null) {
            sb.append(" ENGINE=").append(o.get(MysqlInspector.ENGINE));
        }
        if (o.get(MysqlInspector.COLLATION) != null) {
            sb.append(" COLLATE=").append(o.get(MysqlInspector.COLLATION));
        }
        if (t.comment() != null) {
            sb.append(" COMMENT=").append(literal(t.comment()));
        }
        if (o.get(MysqlPartitions.OPTION) != null) {
            sb.append('\n').append(o.get(MysqlPartitions.OPTION));
        }
        return sb.toString();
    }

    /**
     * Whether a check is written inside its column's definition: MariaDB names column-level checks
     * after their column (e.g. the {@code json_valid} check of a JSON column) and keeps them only
     * there; MODIFY COLUMN replaces them with the column.
     */
    static boolean columnLevel(CheckConstraint c, Table t) {
        return c.name() != null && t.column(c.name()).isPresent();
    }

    /** A full column definition of a column of {@code t}, with its collation always named. */
    static String column(Column c, Table t) {
        return column(c, null, t);
    }

    /** A full column definition; the collation is left out when it is {@code implied}. */
    static String column(Column c, String implied, Table t) {
        StringBuilder sb = new StringBuilder(ident(c.name())).append(' ').append(c.type().sql());
        if (c.collation() != null && !c.collation().equals(implied)) {
            sb.append(" COLLATE ").append(c.collation());
        }
        if (c.generated() != null) {
            sb.append(" GENERATED ALWAYS AS (").append(c.generated().expression()).append(')')
                    .append(c.generated().stored() ? " STORED" : " VIRTUAL").append(c.nullable() ? "" : " NOT NULL");
        } else {
            sb.append(c.nullable() ? " NULL" : " NOT NULL");
        }
        if (c.defaultExpr() != null && c.generated() == null) {
            sb.append(' ').append(defaultClause(c.defaultExpr()));
        }
        if (c.identity() != null) {
            sb.append(" AUTO_INCREMENT");
        }
        if (c.comment() != null) {
            sb.append(" COMMENT ").append(literal(c.comment()));
        }
        if (t != null) {
            t.checks().stream().filter(k -> c.name().equals(k.name())).findFirst()
                    .ifPresent(k -> sb.append(" CHECK (").append(k.expression()).append(')'));
        }
        return sb.toString();
    }

    /** {@code DEFAULT x [ON UPDATE y]}, or {@code ON UPDATE y} alone (see {@link MysqlInspector}). */
    static String defaultClause(String d) {
        if (d.regionMatches(true, 0, "ON UPDATE ", 0, 10)) {
            return d;
        }
        int on = d.toUpperCase().lastIndexOf(" ON UPDATE ");
        String value = on >= 0 ? d.substring(0, on) : d;
        String rest = on >= 0 ? d.substring(on) : "";
        return "DEFAULT " + (PLAIN_DEFAULT.matcher(value.strip()).matches() ? value : "(" + value + ")") + rest;
    }

    static String primaryKey(PrimaryKey pk) {
        return "PRIMARY KEY (" + idents(pk.columns()) + ")";
    }

    /** An index as a CREATE TABLE clause: {@code [UNIQUE|FULLTEXT|SPATIAL] KEY name (parts) [USING HASH]}. */
    static String indexClause(Index i) {
        return kind(i) + "KEY " + ident(i.name()) + " (" + keys(i.keys()) + ")" + using(i);
    }

    /** {@code ADD [UNIQUE|FULLTEXT|SPATIAL] INDEX name (parts) [USING HASH]}. */
    static String addIndex(Index i) {
        return "ADD " + kind(i) + "INDEX " + ident(i.name()) + " (" + keys(i.keys()) + ")" + using(i);
    }

    private static String kind(Index i) {
        if ("FULLTEXT".equals(i.method()) || "SPATIAL".equals(i.method())) {
            return i.method() + " ";
        }
        return i.unique() ? "UNIQUE " : "";
    }

    private static String using(Index i) {
        return i.method() != null && !"FULLTEXT".equals(i.method()) && !"SPATIAL".equals(i.method())
                ? " USING " + i.method() : "";
    }

    private static String keys(List<IndexKey> keys) {
        return keys.stream().map(k -> (k.isExpression() ? "(" + k.expression() + ")" : ident(k.expression()))
                + (k.length() != null ? "(" + k.length() + ")" : "") + (k.descending() ? " DESC" : ""))
                .collect(Collectors.joining(", "));
    }

    static String check(CheckConstraint c) {
        return (c.name() != null ? "CONSTRAINT " + ident(c.name()) + " " : "") + "CHECK (" + c.expression() + ")";
    }

    static String foreignKey(ForeignKey f) {
        String ref = (f.refSchema() != null ? ident(f.refSchema()) + "." : "") + ident(f.refTable());
        return (f.name() != null ? "CONSTRAINT " + ident(f.name()) + " " : "") + "FOREIGN KEY (" + idents(f.columns())
                + ") REFERENCES " + ref + " (" + idents(f.refColumns()) + ") ON DELETE " + f.onDelete()
                + " ON UPDATE " + f.onUpdate();
    }

    static String idents(List<String> names) {
        return names.stream().map(MysqlQuote::ident).collect(Collectors.joining(", "));
    }
}
