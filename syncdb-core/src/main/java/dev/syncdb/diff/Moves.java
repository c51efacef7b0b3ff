package dev.syncdb.diff;

import dev.syncdb.diff.SchemaChange.MoveObject;
import dev.syncdb.model.EnumType;
import dev.syncdb.model.Schema;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.SchemaObject.Kind;
import dev.syncdb.model.Sequence;
import dev.syncdb.model.Table;
import dev.syncdb.model.View;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The finder of objects that move between the namespaces of a run that manages several: an object
 * that is only in the current schema and one of the same kind only in the desired schema, with the
 * same name inside their namespaces ({@link DiffHooks#nameInNamespace}), become one
 * {@link MoveObject} instead of a drop and a create. A table moves whatever else changes in it (the
 * differ then compares it where it went: a move, then its alterations), and takes along the
 * sequences its columns own; a view, a sequence of its own, an enum type or an object compared by
 * definition moves only when it is otherwise the same, else it is dropped and created as before.
 * Candidates are paired through a map by that name, so a plan with many drops and creates stays linear.
 */
final class Moves {
    /** The kinds of object compared by definition that live in a namespace and can move out of it. */
    private static final Set<Kind> MOVABLE = Set.of(Kind.DOMAIN, Kind.COMPOSITE_TYPE, Kind.RANGE_TYPE,
            Kind.FUNCTION, Kind.PROCEDURE, Kind.AGGREGATE);

    private Moves() {
    }

    static List<SchemaChange> of(Schema current, Schema desired, DiffHooks hooks) {
        String schema = desired.name();
        List<SchemaChange> out = new ArrayList<>();
        if (schema == null || hooks.nameInNamespace(schema, "x") == null) {
            return out;
        }
        Function<String, String> inner = n -> hooks.nameInNamespace(schema, n);
        Set<String> carried = new HashSet<>();
        BiConsumer<Table, Table> sequences = ownedSequences(current, desired, carried, out);
        pair(current.tables(), desired.tables(), Table::name, inner, (a, b) -> true, (t, d) -> {
            out.add(MoveObject.named(Kind.TABLE, t.name(), d.name(), false, false));
            sequences.accept(t, d);
        });
        List<Sequence> own = current.sequences().stream().filter(q -> !carried.contains(q.name())).toList();
        pair(own, desired.sequences(), Sequence::name, inner, Moves::sameSequence,
                (q, w) -> out.add(MoveObject.named(Kind.SEQUENCE, q.name(), w.name(), false, false)));
        pair(current.views(), desired.views(), View::name, inner, hooks::sameView,
                (v, d) -> out.add(MoveObject.named(Kind.VIEW, v.name(), d.name(), v.materialized(), false)));
        pair(current.enums(), desired.enums(), EnumType::name, inner, (e, d) -> e.values().equals(d.values()),
                (e, d) -> out.add(MoveObject.named(Kind.ENUM, e.name(), d.name(), false, false)));
        List<SchemaObject> curObjects = current.objects().stream().filter(o -> MOVABLE.contains(o.kind())).toList();
        List<SchemaObject> wantObjects = desired.objects().stream().filter(o -> MOVABLE.contains(o.kind())).toList();
        pair(curObjects, wantObjects, o -> o.kind() + " " + o.identity(), k -> {
            String kind = k.substring(0, k.indexOf(' '));
            String n = inner.apply(k.substring(k.indexOf(' ') + 1));
            return n == null ? null : kind + " " + n;
        }, (a, b) -> hooks.sameObjectElsewhere(schema, a, b), (a, b) -> out.add(MoveObject.of(a, b)));
        return out;
    }

    /**
     * The sequences columns of a moved table own, which move along with it: each sequence only on
     * the current side owned by {@code t.col} pairs with the one only on the desired side owned by
     * {@code d.col}.
     */
    private static BiConsumer<Table, Table> ownedSequences(Schema current, Schema desired, Set<String> carried,
                                                           List<SchemaChange> out) {
        Set<String> currentNames = current.sequences().stream().map(Sequence::name).collect(Collectors.toSet());
        Set<String> desiredNames = desired.sequences().stream().map(Sequence::name).collect(Collectors.toSet());
        Map<String, List<Sequence>> gone = current.sequences().stream()
                .filter(q -> q.ownedByTable() != null && !desiredNames.contains(q.name()))
                .collect(Collectors.groupingBy(Sequence::ownedByTable));
        Map<String, Sequence> come = new HashMap<>();
        desired.sequences().stream().filter(w -> w.ownedByTable() != null && !currentNames.contains(w.name()))
                .forEach(w -> come.putIfAbsent(w.ownedByTable() + "." + w.ownedByColumn(), w));
        return (t, d) -> gone.getOrDefault(t.name(), List.of()).forEach(q -> {
            Sequence w = come.get(d.name() + "." + q.ownedByColumn());
            if (w != null) {
                out.add(MoveObject.named(Kind.SEQUENCE, q.name(), w.name(), false, true));
                carried.add(q.name());
            }
        });
    }

    private static boolean sameSequence(Sequence a, Sequence b) {
        return a.ownedByTable() == null && b.ownedByTable() == null && a.dataType().equals(b.dataType())
                && a.start() == b.start() && a.increment() == b.increment() && a.minValue() == b.minValue()
                && a.maxValue() == b.maxValue() && a.cache() == b.cache() && a.cycle() == b.cycle();
    }

    /**
     * Pairs each item only on the current side with the first item only on the desired side that
     * has the same name inside its namespace ({@code inner}, null: none) and passes {@code same}.
     */
    private static <T> void pair(List<T> current, List<T> desired, Function<T, String> key, Function<String, String> inner,
                                 BiPredicate<T, T> same, BiConsumer<T, T> onPair) {
        Set<String> currentKeys = current.stream().map(key).collect(Collectors.toSet());
        Set<String> desiredKeys = desired.stream().map(key).collect(Collectors.toSet());
        Map<String, List<T>> wanted = new HashMap<>();
        for (T d : desired) {
            String n = currentKeys.contains(key.apply(d)) ? null : inner.apply(key.apply(d));
            if (n != null) {
                wanted.computeIfAbsent(n, k -> new ArrayList<>()).add(d);
            }
        }
        for (T c : current) {
            String n = desiredKeys.contains(key.apply(c)) ? null : inner.apply(key.apply(c));
            List<T> candidates = n == null ? null : wanted.get(n);
            if (candidates != null) {
                candidates.stream().filter(d -> same.test(c, d)).findFirst().ifPresent(d -> {
                    candidates.remove(d);
                    onPair.accept(c, d);
                });
            }
        }
    }
}
