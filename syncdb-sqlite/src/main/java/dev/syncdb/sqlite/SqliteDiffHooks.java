package dev.syncdb.sqlite;

import dev.syncdb.sqlite.parse.CreateIndexParser;
import dev.syncdb.sqlite.parse.SqlText;
import dev.syncdb.diff.DiffHooks;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.AddColumn;
import dev.syncdb.diff.SchemaChange.AddIndex;
import dev.syncdb.diff.SchemaChange.DropColumn;
import dev.syncdb.diff.SchemaChange.DropIndex;
import dev.syncdb.diff.SchemaChange.RenameColumn;
import dev.syncdb.diff.SchemaChange.RenameIndex;
import dev.syncdb.model.Column;
import dev.syncdb.model.Index;
import dev.syncdb.model.Table;
import dev.syncdb.model.View;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * SQLite's answers to the differ and planner. Types are compared as declared, case-insensitively:
 * "INT" and "INTEGER" have the same affinity but are different declarations (only "INTEGER
 * PRIMARY KEY" is a rowid alias), so a change between them is a real change. In place SQLite can
 * only add, rename and (3.35+) drop columns, and create and drop indexes; everything else rebuilds
 * the table.
 */
public final class SqliteDiffHooks implements DiffHooks {
    /** Table option: the table is WITHOUT ROWID. */
    public static final String WITHOUT_ROWID = "without_rowid";
    /** Table option: the table is STRICT. */
    public static final String STRICT = "strict";

    private static final Set<String> NON_CONSTANT = Set.of("CURRENT_TIME", "CURRENT_DATE", "CURRENT_TIMESTAMP");

    @Override
    public boolean sameType(Column from, Column to) {
        return SqliteTypes.same(from.type(), to.type());
    }

    @Override
    public boolean sameDefault(Column from, Column to) {
        return Objects.equals(SqlText.canonical(from.defaultExpr()), SqlText.canonical(to.defaultExpr()));
    }

    @Override
    public boolean sameView(View from, View to) {
        return SqlText.canonical(from.definition()).equals(SqlText.canonical(to.definition()));
    }

    /** SQLite has no CREATE OR REPLACE TRIGGER: a changed trigger is dropped before the tables change and created after. */
    @Override
    public boolean replacesInPlace(dev.syncdb.model.SchemaObject from, dev.syncdb.model.SchemaObject to) {
        return false;
    }

    @Override
    public boolean canAlterInPlace(SchemaChange change, Table current) {
        if (change instanceof AddIndex || change instanceof DropIndex || change instanceof RenameColumn
                || change instanceof RenameIndex || change instanceof SchemaChange.CreateObject
                || change instanceof SchemaChange.DropObject || change instanceof SchemaChange.ReplaceObject) {
            return true;
        }
        if (change instanceof AddColumn a) {
            return canAddColumn(a.column());
        }
        if (change instanceof DropColumn d) {
            return canDropColumn(d.column().name(), current);
        }
        return false;
    }

    /** SQLite's ADD COLUMN rules (lang_altertable.html, "ALTER TABLE ADD COLUMN"). */
    static boolean canAddColumn(Column c) {
        if (c.identity() != null) {
            return false;
        }
        if (c.generated() != null) {
            return !c.generated().stored();
        }
        if (!c.nullable() && c.defaultExpr() == null) {
            return false;
        }
        return c.defaultExpr() == null || isConstant(c.defaultExpr());
    }

    /** A default SQLite accepts on ADD COLUMN: a literal, not CURRENT_* and not an expression. */
    static boolean isConstant(String dflt) {
        String d = dflt.strip();
        if (NON_CONSTANT.contains(d.toUpperCase(Locale.ROOT))) {
            return false;
        }
        return SqliteRenderer.isLiteral(d);
    }

    /** SQLite's DROP COLUMN rules: not a key, indexed, referencing, checked or generated-from column. */
    static boolean canDropColumn(String column, Table t) {
        String lc = column.toLowerCase(Locale.ROOT);
        boolean keyed = t.primaryKey() != null && contains(t.primaryKey().columns(), column)
                || t.uniqueKeys().stream().anyMatch(u -> contains(u.columns(), column))
                || t.foreignKeys().stream().anyMatch(f -> contains(f.columns(), column))
                || t.indexes().stream().anyMatch(i -> indexUses(i, lc));
        boolean inExpression = t.checks().stream().anyMatch(ch -> mentions(ch.expression(), lc))
                || t.columns().stream().anyMatch(c -> c.generated() != null && mentions(c.generated().expression(), lc));
        boolean generated = t.column(column).map(c -> c.generated() != null).orElse(false);
        return !keyed && !inExpression && !generated && !t.options().containsKey(WITHOUT_ROWID);
    }

    private static boolean indexUses(Index i, String lowerName) {
        return mentions(i.predicate(), lowerName) || i.keys().stream().anyMatch(k -> k.isExpression()
                ? mentions(k.expression(), lowerName) : k.expression().equalsIgnoreCase(lowerName));
    }

    private static boolean contains(java.util.List<String> names, String n) {
        return names.stream().anyMatch(x -> x.equalsIgnoreCase(n));
    }

    private static boolean mentions(String sql, String lowerName) {
        return sql != null && CreateIndexParser.mentionedNames(sql).stream()
                .anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(lowerName));
    }
}
