package dev.syncdb.plan;

import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.*;
import dev.syncdb.model.Sequence;
import dev.syncdb.model.Table;
import dev.syncdb.model.View;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Puts changes into {@link Phase} order, and orders within the phases where it matters: tables by
 * foreign keys, views by the views they read, sequences created before and owned after tables.
 */
final class Ordering {

    private Ordering() {
    }

    static List<SchemaChange> order(List<SchemaChange> changes) {
        return order(changes, Set.of());
    }

    /** The changes in phase order; the drops of the objects in {@code dropFirst} run before all else. */
    static List<SchemaChange> order(List<SchemaChange> changes, Set<dev.syncdb.model.ObjectRef> dropFirst) {
        Map<Phase, List<SchemaChange>> phases = new EnumMap<>(Phase.class);
        for (SchemaChange c : splitSequenceOwnership(changes)) {
            phases.computeIfAbsent(Phase.of(c), k -> new ArrayList<>()).add(c);
        }
        orderCreates(phases, alteredTables(changes));
        orderDrops(phases);
        ObjectOrder.place(phases, dropFirst);
        phases.computeIfPresent(Phase.CREATE_VIEWS, (k, v) -> viewOrder(v, c -> ((CreateView) c).desired(), false));
        phases.computeIfPresent(Phase.DROP_VIEWS, (k, v) -> viewOrder(v, c -> ((DropView) c).current(), true));
        List<SchemaChange> out = new ArrayList<>();
        phases.values().forEach(out::addAll);
        return out;
    }

    /** A new sequence owned by a column is created bare first; its owner is set once the table exists. */
    private static List<SchemaChange> splitSequenceOwnership(List<SchemaChange> changes) {
        List<SchemaChange> out = new ArrayList<>();
        for (SchemaChange c : changes) {
            if (c instanceof CreateSequence cs && cs.desired().ownedByTable() != null) {
                Sequence s = cs.desired();
                Sequence bare = new Sequence(s.name(), s.dataType(), s.start(), s.increment(), s.minValue(),
                        s.maxValue(), s.cache(), s.cycle(), null, null);
                out.add(new CreateSequence(bare));
                out.add(new AlterSequence(bare, s));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** Existing tables whose columns or keys change after the CREATE TABLE phase. */
    private static Set<String> alteredTables(List<SchemaChange> changes) {
        Set<String> out = new HashSet<>();
        for (SchemaChange c : changes) {
            Phase p = Phase.of(c);
            if (c.table() != null && p.compareTo(Phase.CREATE_TABLES) > 0 && p.compareTo(Phase.ADD_FOREIGN_KEYS) < 0) {
                out.add(c.table());
            }
        }
        return out;
    }

    private static void orderCreates(Map<Phase, List<SchemaChange>> phases, Set<String> altered) {
        List<SchemaChange> creates = phases.get(Phase.CREATE_TABLES);
        if (creates == null) {
            return;
        }
        CreateOrder.Result r = CreateOrder.order(creates.stream().map(c -> ((CreateTable) c).desired()).toList(), altered);
        phases.put(Phase.CREATE_TABLES, new ArrayList<>(r.tables().stream().map(CreateTable::new).toList()));
        List<SchemaChange> fks = phases.computeIfAbsent(Phase.ADD_FOREIGN_KEYS, k -> new ArrayList<>());
        r.deferred().forEach(d -> fks.add(new AddForeignKey(d.table(), d.key())));
    }

    private static void orderDrops(Map<Phase, List<SchemaChange>> phases) {
        List<SchemaChange> drops = phases.get(Phase.DROP_TABLES);
        if (drops == null) {
            return;
        }
        Map<String, Table> byName = new LinkedHashMap<>();
        drops.forEach(c -> byName.put(((DropTable) c).current().name(), ((DropTable) c).current()));
        CreateOrder.Result r = CreateOrder.order(List.copyOf(byName.values()));
        List<SchemaChange> ordered = new ArrayList<>();
        for (int i = r.tables().size() - 1; i >= 0; i--) {
            ordered.add(new DropTable(byName.get(r.tables().get(i).name())));
        }
        phases.put(Phase.DROP_TABLES, ordered);
        List<SchemaChange> fks = phases.computeIfAbsent(Phase.DROP_FOREIGN_KEYS, k -> new ArrayList<>());
        r.deferred().forEach(d -> fks.add(new DropForeignKey(d.table(), d.key())));
    }

    /** Views in dependency order (dependencies first), or the reverse for drops. */
    private static List<SchemaChange> viewOrder(List<SchemaChange> cs, Function<SchemaChange, View> view, boolean reverse) {
        Map<String, SchemaChange> byName = new LinkedHashMap<>();
        cs.forEach(c -> byName.put(view.apply(c).name(), c));
        List<SchemaChange> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String n : byName.keySet()) {
            visit(n, byName, view, done, new HashSet<>(), out);
        }
        if (reverse) {
            java.util.Collections.reverse(out);
        }
        return out;
    }

    private static void visit(String n, Map<String, SchemaChange> byName, Function<SchemaChange, View> view,
                              Set<String> done, Set<String> onPath, List<SchemaChange> out) {
        if (done.contains(n) || !onPath.add(n)) {
            return;
        }
        for (String dep : view.apply(byName.get(n)).dependsOn()) {
            if (byName.containsKey(dep)) {
                visit(dep, byName, view, done, onPath, out);
            }
        }
        done.add(n);
        out.add(byName.get(n));
    }
}
