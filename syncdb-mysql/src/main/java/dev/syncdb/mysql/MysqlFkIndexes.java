package dev.syncdb.mysql;

import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.Index;
import dev.syncdb.model.IndexKey;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;

import java.util.List;
import java.util.Optional;

/**
 * MySQL's rule that every foreign key needs an index starting with its columns: an index that a
 * kept foreign key needs cannot be dropped on its own. When the desired schema replaces it with a
 * new index serving the same key (MySQL drops an implicit foreign-key index itself once another one
 * serves the key), the new index is added in the same ALTER TABLE that drops the old one.
 */
final class MysqlFkIndexes {

    private MysqlFkIndexes() {
    }

    /** The new desired index that must be added together with dropping {@code dropped}, if any. */
    static Optional<Index> replacementFor(String table, Index dropped, Schema current, Schema desired) {
        Table cur = current.table(table).orElse(null);
        Table des = desired.table(table).orElse(null);
        if (cur == null || des == null) {
            return Optional.empty();
        }
        for (ForeignKey fk : des.foreignKeys()) {
            boolean kept = cur.foreignKeys().stream().anyMatch(f -> f.name().equals(fk.name()));
            if (kept && serves(dropped, fk) && !servedByKept(cur, des, fk, dropped)) {
                return des.indexes().stream().filter(i -> isNew(cur, i) && serves(i, fk)).findFirst();
            }
        }
        return Optional.empty();
    }

    /** Whether {@code added} is added together with the drop of another index (see {@link #replacementFor}). */
    static boolean addedWithDrop(String table, Index added, Schema current, Schema desired) {
        Table cur = current.table(table).orElse(null);
        Table des = desired.table(table).orElse(null);
        if (cur == null || des == null) {
            return false;
        }
        return cur.indexes().stream().filter(i -> des.indexes().stream().noneMatch(d -> d.equals(i)))
                .anyMatch(i -> replacementFor(table, i, current, desired).filter(r -> r.equals(added)).isPresent());
    }

    private static boolean isNew(Table cur, Index i) {
        return cur.indexes().stream().noneMatch(c -> c.equals(i));
    }

    private static boolean servedByKept(Table cur, Table des, ForeignKey fk, Index dropped) {
        if (cur.primaryKey() != null && des.primaryKey() != null && cur.primaryKey().equals(des.primaryKey())
                && startsWith(cur.primaryKey().columns(), fk.columns())) {
            return true;
        }
        return cur.indexes().stream().filter(i -> !i.equals(dropped) && des.indexes().contains(i))
                .anyMatch(i -> serves(i, fk));
    }

    private static boolean serves(Index i, ForeignKey fk) {
        if (i.method() != null && !"HASH".equals(i.method())) {
            return false;
        }
        return startsWith(i.keys().stream().filter(k -> !k.isExpression() && k.length() == null)
                .map(IndexKey::expression).toList(), fk.columns());
    }

    private static boolean startsWith(List<String> columns, List<String> prefix) {
        return columns.size() >= prefix.size() && columns.subList(0, prefix.size()).equals(prefix);
    }
}
