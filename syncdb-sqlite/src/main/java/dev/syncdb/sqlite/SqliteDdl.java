package dev.syncdb.sqlite;

import dev.syncdb.sqlite.parse.SqlText;
import dev.syncdb.model.CheckConstraint;
import dev.syncdb.model.Column;
import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.Index;
import dev.syncdb.model.IndexKey;
import dev.syncdb.model.PrimaryKey;
import dev.syncdb.model.Table;
import dev.syncdb.model.UniqueKey;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static dev.syncdb.sqlite.SqliteQuote.ident;

/**
 * The SQLite DDL text of model objects: a full CREATE TABLE (every constraint inline, with its
 * name when it has one), a column definition, and CREATE INDEX.
 */
final class SqliteDdl {

    private SqliteDdl() {
    }

    /** CREATE TABLE for {@code t}, created under {@code name} (a rebuild creates it under a temporary name). */
    static String createTable(Table t, String name) {
        List<String> parts = new ArrayList<>();
        PrimaryKey pk = t.primaryKey();
        boolean inlinePk = pk != null && pk.columns().size() == 1;
        for (Column c : t.columns()) {
            boolean isPk = inlinePk && pk.columns().get(0).equalsIgnoreCase(c.name());
            parts.add(column(c, isPk ? pk : null));
        }
        if (pk != null && !inlinePk) {
            parts.add(named(pk.name()) + "PRIMARY KEY (" + names(pk.columns()) + ")");
        }
        for (UniqueKey u : t.uniqueKeys()) {
            parts.add(named(u.name()) + "UNIQUE (" + names(u.columns()) + ")");
        }
        for (CheckConstraint ch : t.checks()) {
            parts.add(named(ch.name()) + "CHECK (" + ch.expression() + ")");
        }
        for (ForeignKey fk : t.foreignKeys()) {
            parts.add(named(fk.name()) + "FOREIGN KEY (" + names(fk.columns()) + ") " + references(fk));
        }
        StringBuilder b = new StringBuilder("CREATE TABLE ").append(ident(name)).append(" (\n  ")
                .append(String.join(",\n  ", parts)).append("\n)");
        List<String> options = new ArrayList<>();
        if ("true".equals(t.options().get(SqliteDiffHooks.WITHOUT_ROWID))) {
            options.add("WITHOUT ROWID");
        }
        if ("true".equals(t.options().get(SqliteDiffHooks.STRICT))) {
            options.add("STRICT");
        }
        return options.isEmpty() ? b.toString() : b.append(' ').append(String.join(", ", options)).toString();
    }

    /** A column definition; {@code pk} when the column carries the table's one-column primary key. */
    static String column(Column c, PrimaryKey pk) {
        StringBuilder b = new StringBuilder(ident(c.name()));
        if (!c.type().sql().isEmpty()) {
            b.append(' ').append(c.type().sql());
        }
        if (pk != null) {
            b.append(' ').append(named(pk.name())).append("PRIMARY KEY");
            if (c.identity() != null) {
                b.append(" AUTOINCREMENT");
            }
        }
        if (!c.nullable()) {
            b.append(" NOT NULL");
        }
        if (c.defaultExpr() != null) {
            b.append(" DEFAULT ").append(defaultText(c.defaultExpr()));
        }
        if (c.collation() != null) {
            b.append(" COLLATE ").append(c.collation());
        }
        if (c.generated() != null) {
            b.append(" GENERATED ALWAYS AS (").append(c.generated().expression()).append(')')
                    .append(c.generated().stored() ? " STORED" : " VIRTUAL");
        }
        return b.toString();
    }

    /** A default as SQLite accepts it: literals as they are, anything else in parentheses. */
    static String defaultText(String dflt) {
        String d = dflt.strip();
        return SqliteRenderer.isLiteral(d) || SqlText.canonical(d).matches("(?i)CURRENT_(TIME|DATE|TIMESTAMP)")
                ? d : "(" + d + ")";
    }

    static String references(ForeignKey fk) {
        StringBuilder b = new StringBuilder("REFERENCES ").append(ident(fk.refTable()));
        if (!fk.refColumns().isEmpty()) {
            b.append(" (").append(names(fk.refColumns())).append(')');
        }
        if (fk.onDelete() != null && !fk.onDelete().equalsIgnoreCase("NO ACTION")) {
            b.append(" ON DELETE ").append(fk.onDelete());
        }
        if (fk.onUpdate() != null && !fk.onUpdate().equalsIgnoreCase("NO ACTION")) {
            b.append(" ON UPDATE ").append(fk.onUpdate());
        }
        if (fk.match() != null && !fk.match().equalsIgnoreCase("NONE") && !fk.match().equalsIgnoreCase("SIMPLE")) {
            b.append(" MATCH ").append(fk.match());
        }
        if (fk.deferrable()) {
            b.append(" DEFERRABLE INITIALLY ").append(fk.initiallyDeferred() ? "DEFERRED" : "IMMEDIATE");
        }
        return b.toString();
    }

    static String createIndex(String table, Index i) {
        String keys = i.keys().stream().map(SqliteDdl::key).collect(Collectors.joining(", "));
        String sql = "CREATE " + (i.unique() ? "UNIQUE " : "") + "INDEX " + ident(i.name()) + " ON " + ident(table)
                + " (" + keys + ")";
        return i.predicate() == null ? sql : sql + " WHERE " + i.predicate();
    }

    private static String key(IndexKey k) {
        String s = k.isExpression() ? k.expression() : ident(k.expression());
        if (k.collation() != null) {
            s += " COLLATE " + k.collation();
        }
        return k.descending() ? s + " DESC" : s;
    }

    static String names(List<String> names) {
        return names.stream().map(SqliteQuote::ident).collect(Collectors.joining(", "));
    }

    private static String named(String name) {
        return name == null ? "" : "CONSTRAINT " + ident(name) + " ";
    }
}
