package dev.syncdb.plan;

import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders tables so each comes after the tables it references. A foreign key that points at a table
 * not yet placed (a cycle) is reported as deferred: it must be added after all the tables exist
 * (creation), or dropped before any of them goes (removal, in reverse order).
 */
final class CreateOrder {

    /** Tables in dependency order, each stripped of its deferred keys, and those keys. */
    record Result(List<Table> tables, List<Deferred> deferred) {
    }

    /** A foreign key of {@code table} that cannot be created together with it. */
    record Deferred(String table, ForeignKey key) {
    }

    private CreateOrder() {
    }

    static Result order(List<Table> tables) {
        return order(tables, Set.of());
    }

    /**
     * Like {@link #order(List)}, and also defers keys that point at one of {@code changedLater}:
     * existing tables whose columns or keys the same plan changes after the tables are created.
     */
    static Result order(List<Table> tables, Set<String> changedLater) {
        Map<String, Table> pending = new LinkedHashMap<>();
        tables.forEach(t -> pending.put(t.name(), t));
        List<Table> ordered = new ArrayList<>();
        List<Deferred> deferred = new ArrayList<>();
        while (!pending.isEmpty()) {
            Table next = pending.values().stream().filter(t -> ready(t, pending.keySet())).findFirst()
                    .orElse(pending.values().iterator().next());
            pending.remove(next.name());
            Set<String> notYet = new java.util.HashSet<>(pending.keySet());
            notYet.addAll(changedLater);
            ordered.add(withoutForwardKeys(next, notYet, deferred));
        }
        return new Result(ordered, deferred);
    }

    private static boolean ready(Table t, Set<String> pending) {
        return t.foreignKeys().stream().allMatch(fk -> fk.refSchema() != null
                || fk.refTable().equals(t.name()) || !pending.contains(fk.refTable()));
    }

    private static Table withoutForwardKeys(Table t, Set<String> pending, List<Deferred> deferred) {
        List<ForeignKey> forward = t.foreignKeys().stream()
                .filter(fk -> fk.refSchema() == null && pending.contains(fk.refTable())).toList();
        if (forward.isEmpty()) {
            return t;
        }
        var b = t.toBuilder().clearForeignKeys();
        for (ForeignKey fk : t.foreignKeys()) {
            if (forward.contains(fk)) {
                deferred.add(new Deferred(t.name(), fk));
            } else {
                b.foreignKey(fk);
            }
        }
        return b.build();
    }
}
