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
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The finder of objects that move between the namespaces of a run that manages several: an object
 * that is only in the current schema and one of the same kind only in the desired schema, named
 * the same in two namespaces ({@link DiffHooks#movesBetweenNamespaces}), become one
 * {@link MoveObject} instead of a drop and a create. A table moves whatever else changes in it (the
 * differ then compares it where it went: a move, then its alterations), and takes along the
 * sequences its columns own; a view, a sequence of its own, an enum type or an object compared by
 * definition moves only when it is otherwise the same, else it is dropped and created as before.
 */
final class Moves {
    /** The kinds of object compared by definition that live in a namespace and can move out of it. */
    private static final Set<Kind> MOVABLE = Set.of(Kind.DOMAIN, Kind.COMPOSITE_TYPE, Kind.RANGE_TYPE,
            Kind.FUNCTION, Kind.PROCEDURE);

    private Moves() {
    }

    static List<SchemaChange> of(Schema current, Schema desired, DiffHooks hooks) {
        String schema = desired.name();
        List<SchemaChange> out = new ArrayList<>();
        if (schema == null) {
            return out;
        }
        BiPredicate<String, String> moves = (a, b) -> hooks.movesBetweenNamespaces(schema, a, b);
        Set<String> carried = new HashSet<>();
        for (Table t : gone(current.tables(), desired.tables(), Table::name)) {
            first(gone(desired.tables(), current.tables(), Table::name), d -> moves.test(t.name(), d.name()))
                    .ifPresent(d -> {
                        out.add(MoveObject.named(Kind.TABLE, t.name(), d.name(), false, false));
                        ownedSequences(t, d, current, desired, moves, carried, out);
                    });
        }
        for (Sequence q : gone(current.sequences(), desired.sequences(), Sequence::name)) {
            if (!carried.contains(q.name())) {
                first(gone(desired.sequences(), current.sequences(), Sequence::name),
                        w -> moves.test(q.name(), w.name()) && sameSequence(q, w))
                        .ifPresent(w -> out.add(MoveObject.named(Kind.SEQUENCE, q.name(), w.name(), false, false)));
            }
        }
        for (View v : gone(current.views(), desired.views(), View::name)) {
            first(gone(desired.views(), current.views(), View::name), d -> moves.test(v.name(), d.name()) && hooks.sameView(v, d))
                    .ifPresent(d -> out.add(MoveObject.named(Kind.VIEW, v.name(), d.name(), v.materialized(), false)));
        }
        for (EnumType e : gone(current.enums(), desired.enums(), EnumType::name)) {
            first(gone(desired.enums(), current.enums(), EnumType::name),
                    d -> moves.test(e.name(), d.name()) && e.values().equals(d.values()))
                    .ifPresent(d -> out.add(MoveObject.named(Kind.ENUM, e.name(), d.name(), false, false)));
        }
        Function<SchemaObject, String> key = o -> o.kind() + " " + o.identity();
        List<SchemaObject> curObjects = current.objects().stream().filter(o -> MOVABLE.contains(o.kind())).toList();
        List<SchemaObject> wantObjects = desired.objects().stream().filter(o -> MOVABLE.contains(o.kind())).toList();
        for (SchemaObject o : gone(curObjects, wantObjects, key)) {
            first(gone(wantObjects, curObjects, key), d -> d.kind() == o.kind() && moves.test(o.identity(), d.identity())
                    && hooks.sameObjectElsewhere(schema, o, d)).ifPresent(d -> out.add(MoveObject.of(o, d)));
        }
        return out;
    }

    /** The sequences a column of table {@code t} owns, which move along with it to {@code d}. */
    private static void ownedSequences(Table t, Table d, Schema current, Schema desired, BiPredicate<String, String> moves,
                                       Set<String> carried, List<SchemaChange> out) {
        List<Sequence> wanted = gone(desired.sequences(), current.sequences(), Sequence::name);
        for (Sequence q : gone(current.sequences(), desired.sequences(), Sequence::name)) {
            if (t.name().equals(q.ownedByTable())) {
                first(wanted, w -> d.name().equals(w.ownedByTable()) && Objects.equals(q.ownedByColumn(), w.ownedByColumn())
                        && moves.test(q.name(), w.name())).ifPresent(w -> {
                    out.add(MoveObject.named(Kind.SEQUENCE, q.name(), w.name(), false, true));
                    carried.add(q.name());
                });
            }
        }
    }

    private static boolean sameSequence(Sequence a, Sequence b) {
        return a.ownedByTable() == null && b.ownedByTable() == null && a.dataType().equals(b.dataType())
                && a.start() == b.start() && a.increment() == b.increment() && a.minValue() == b.minValue()
                && a.maxValue() == b.maxValue() && a.cache() == b.cache() && a.cycle() == b.cycle();
    }

    /** The items of {@code side} whose key the {@code other} side does not have. */
    private static <T> List<T> gone(List<T> side, List<T> other, Function<T, String> key) {
        Set<String> there = other.stream().map(key).collect(Collectors.toSet());
        return side.stream().filter(x -> !there.contains(key.apply(x))).toList();
    }

    private static <T> java.util.Optional<T> first(List<T> items, java.util.function.Predicate<T> test) {
        return items.stream().filter(test).findFirst();
    }
}
