package dev.syncdb.plan;

import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Orders tables so each comes after the tables it references and the tables it derives from
 * ({@link Table#parents()}). A foreign key that points at a table
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
        Map<String, Table> byName = new LinkedHashMap<>();
        tables.forEach(t -> byName.put(t.name(), t));
        List<Table> input = new ArrayList<>(byName.values());
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < input.size(); i++) {
            position.put(input.get(i).name(), i);
        }
        int[] waitingOn = new int[input.size()];
        List<List<Integer>> referencedBy = new ArrayList<>();
        input.forEach(t -> referencedBy.add(new ArrayList<>()));
        for (int i = 0; i < input.size(); i++) {
            for (int target : references(input.get(i), position)) {
                waitingOn[i]++;
                referencedBy.get(target).add(i);
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        TreeSet<Integer> pending = new TreeSet<>();
        for (int i = 0; i < input.size(); i++) {
            pending.add(i);
            if (waitingOn[i] == 0) {
                ready.add(i);
            }
        }
        Set<String> placed = new HashSet<>();
        List<Table> ordered = new ArrayList<>();
        List<Deferred> deferred = new ArrayList<>();
        while (!pending.isEmpty()) {
            while (!ready.isEmpty() && !pending.contains(ready.peek())) {
                ready.poll();
            }
            int next = ready.isEmpty() ? pending.first() : ready.poll();
            pending.remove(next);
            Table table = input.get(next);
            placed.add(table.name());
            for (int dependent : referencedBy.get(next)) {
                if (--waitingOn[dependent] == 0 && pending.contains(dependent)) {
                    ready.add(dependent);
                }
            }
            ordered.add(withoutForwardKeys(table,
                    n -> changedLater.contains(n) || (position.containsKey(n) && !placed.contains(n)), deferred));
        }
        return new Result(ordered, deferred);
    }

    /** Positions of the other tables of the list that {@code t} references or derives from, each once. */
    private static Set<Integer> references(Table t, Map<String, Integer> position) {
        Set<Integer> out = new HashSet<>();
        for (String parent : t.parents()) {
            Integer p = parent.equals(t.name()) ? null : position.get(parent);
            if (p != null) {
                out.add(p);
            }
        }
        for (ForeignKey fk : t.foreignKeys()) {
            Integer p = fk.refSchema() == null && !fk.refTable().equals(t.name()) ? position.get(fk.refTable()) : null;
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    private static Table withoutForwardKeys(Table t, Predicate<String> notYet, List<Deferred> deferred) {
        List<ForeignKey> forward = t.foreignKeys().stream()
                .filter(fk -> fk.refSchema() == null && notYet.test(fk.refTable())).toList();
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
