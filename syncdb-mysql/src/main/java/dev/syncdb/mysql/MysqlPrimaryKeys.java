package dev.syncdb.mysql;

import dev.syncdb.model.Column;
import dev.syncdb.model.PrimaryKey;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;
import dev.syncdb.plan.RenderContext;
import dev.syncdb.plan.Statement;

import java.util.List;
import java.util.Optional;

import static dev.syncdb.mysql.MysqlQuote.ident;

/**
 * MySQL's rule that an AUTO_INCREMENT column must be a key, applied to primary-key changes: a
 * primary key that changes columns is dropped and added in one ALTER TABLE; a new AUTO_INCREMENT
 * column is added together with the primary key it belongs to; a primary key dropped from under an
 * AUTO_INCREMENT column first takes the AUTO_INCREMENT away, in the same statement.
 */
final class MysqlPrimaryKeys {

    private MysqlPrimaryKeys() {
    }

    /** Statements for dropping the current primary key of {@code table}. */
    static List<Statement> drop(String table, RenderContext ctx) {
        Table cur = ctx.current().table(table).orElseThrow();
        Optional<Table> des = ctx.desired().table(table);
        if (swapped(cur, des.orElse(null))) {
            return alter(table, "DROP PRIMARY KEY, ADD " + MysqlTableSql.primaryKey(des.get().primaryKey()));
        }
        Optional<Column> auto = cur.primaryKey().columns().stream().map(c -> cur.column(c).orElseThrow())
                .filter(c -> c.identity() != null).findFirst();
        if (auto.isPresent()) {
            return alter(table, "MODIFY COLUMN " + MysqlTableSql.column(auto.get().withIdentity(null), cur)
                    + ", DROP PRIMARY KEY");
        }
        return alter(table, "DROP PRIMARY KEY");
    }

    /** Statements for adding the desired primary key; none when another step adds it already. */
    static List<Statement> add(String table, PrimaryKey key, RenderContext ctx) {
        Optional<Table> cur = ctx.current().table(table);
        Table des = ctx.desired().table(table).orElseThrow();
        if (cur.isPresent() && (newAutoColumn(cur.get(), des).isPresent()
                || (cur.get().primaryKey() != null && swapped(cur.get(), des)))) {
            return List.of();
        }
        return alter(table, "ADD " + MysqlTableSql.primaryKey(key));
    }

    /** The {@code , ADD PRIMARY KEY (...)} to append to adding {@code column}, or "" when it is not needed. */
    static String withNewColumn(String table, Column column, Schema current, Schema desired) {
        Optional<Table> cur = current.table(table);
        Optional<Table> des = desired.table(table);
        if (cur.isEmpty() || des.isEmpty()) {
            return "";
        }
        return newAutoColumn(cur.get(), des.get()).filter(c -> c.equals(column.name()))
                .map(c -> ", ADD " + MysqlTableSql.primaryKey(des.get().primaryKey())).orElse("");
    }

    /** The new AUTO_INCREMENT column the desired primary key holds, if any. */
    private static Optional<String> newAutoColumn(Table cur, Table des) {
        if (des.primaryKey() == null || (cur.primaryKey() != null && cur.primaryKey().columns().equals(des.primaryKey().columns()))) {
            return Optional.empty();
        }
        return des.primaryKey().columns().stream().filter(c -> cur.column(c).isEmpty())
                .filter(c -> des.column(c).map(col -> col.identity() != null).orElse(false)).findFirst();
    }

    /** Whether the primary key changes to columns that all exist already: one DROP + ADD statement. */
    private static boolean swapped(Table cur, Table des) {
        return des != null && des.primaryKey() != null && cur.primaryKey() != null
                && !des.primaryKey().columns().equals(cur.primaryKey().columns())
                && des.primaryKey().columns().stream().allMatch(c -> cur.column(c).isPresent());
    }

    private static List<Statement> alter(String table, String action) {
        return List.of(Statement.of("ALTER TABLE " + ident(table) + " " + action));
    }
}
