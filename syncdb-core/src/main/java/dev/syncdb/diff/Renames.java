package dev.syncdb.diff;

import dev.syncdb.diff.SchemaChange.RenameColumn;
import dev.syncdb.diff.SchemaChange.RenameConstraint;
import dev.syncdb.diff.SchemaChange.RenameIndex;
import dev.syncdb.diff.SchemaChange.RenameSequence;
import dev.syncdb.diff.SchemaChange.RenameTable;
import dev.syncdb.model.CheckConstraint;
import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.Index;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Sequence;
import dev.syncdb.model.Table;
import dev.syncdb.model.UniqueKey;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the declared renames of {@link DiffOptions} into rename changes: the tables and columns
 * themselves, then the objects of those tables whose names follow in the desired schema. A key,
 * index or owned sequence of a renamed table (or of a table with a renamed column) that the desired
 * schema has under another name but with the same shape is renamed, not dropped and re-created
 * (PostgreSQL's {@code people_pkey} becomes {@code users_pkey}, {@code people_id_seq} becomes
 * {@code users_id_seq} and keeps its value). Renames whose old name is not in the current schema
 * are skipped; validating them is the engine's job.
 */
final class Renames {

    private Renames() {
    }

    static List<SchemaChange> of(Schema current, Schema desired, DiffOptions options) {
        List<SchemaChange> out = new ArrayList<>();
        Set<String> touched = new LinkedHashSet<>();
        for (Table t : current.tables()) {
            String to = options.tableRenames().get(t.name());
            if (to != null && !to.equals(t.name())) {
                out.add(new RenameTable(t.name(), to));
                touched.add(to);
            }
        }
        Schema renamed = RenamedSchema.of(current, out);
        for (Map.Entry<String, String> e : new TreeMap<>(options.columnRenames()).entrySet()) {
            int dot = e.getKey().indexOf('.');
            String table = options.tableRenames().getOrDefault(e.getKey().substring(0, dot), e.getKey().substring(0, dot));
            String from = e.getKey().substring(dot + 1);
            boolean present = renamed.table(table).flatMap(t -> t.column(from)).isPresent();
            if (present && !from.equals(e.getValue())) {
                out.add(new RenameColumn(table, from, e.getValue()));
                touched.add(table);
            }
        }
        renamed = RenamedSchema.of(current, out);
        for (String name : touched) {
            Table cur = renamed.table(name).orElse(null);
            Table want = desired.table(name).orElse(null);
            if (cur != null && want != null) {
                followers(cur, want, out);
            }
        }
        sequences(renamed, desired, touched, out);
        return out;
    }

    private static void followers(Table cur, Table want, List<SchemaChange> out) {
        String t = cur.name();
        BiConsumer<String, String> constraint = (a, b) -> out.add(new RenameConstraint(t, a, b));
        if (cur.primaryKey() != null && want.primaryKey() != null && cur.primaryKey().name() != null
                && want.primaryKey().name() != null && !cur.primaryKey().name().equals(want.primaryKey().name())
                && cur.primaryKey().columns().equals(want.primaryKey().columns())) {
            constraint.accept(cur.primaryKey().name(), want.primaryKey().name());
        }
        pair(cur.uniqueKeys(), want.uniqueKeys(), UniqueKey::name,
                (a, b) -> unnamed(a).equals(unnamed(b)), constraint);
        pair(cur.foreignKeys(), want.foreignKeys(), ForeignKey::name,
                (a, b) -> unnamed(a).equals(unnamed(b)), constraint);
        pair(cur.checks(), want.checks(), CheckConstraint::name,
                (a, b) -> a.expression().equals(b.expression()), constraint);
        pair(cur.indexes(), want.indexes(), Index::name, Index::sameShape, (a, b) -> out.add(new RenameIndex(t, a, b)));
    }

    /** Sequences owned by a column of a touched table, under another name in the desired schema. */
    private static void sequences(Schema cur, Schema want, Set<String> touched, List<SchemaChange> out) {
        Function<Sequence, String> owner = q -> q.ownedByTable() == null || !touched.contains(q.ownedByTable())
                ? null : q.ownedByTable() + "." + q.ownedByColumn();
        Set<String> curNames = cur.sequences().stream().map(Sequence::name).collect(Collectors.toSet());
        Set<String> wantNames = want.sequences().stream().map(Sequence::name).collect(Collectors.toSet());
        for (Sequence q : cur.sequences()) {
            String o = owner.apply(q);
            if (o == null || wantNames.contains(q.name())) {
                continue;
            }
            want.sequences().stream().filter(w -> o.equals(owner.apply(w)) && !curNames.contains(w.name()))
                    .findFirst().ifPresent(w -> out.add(new RenameSequence(q.name(), w.name())));
        }
    }

    /**
     * Pairs each named object only on the current side with the first named object only on the
     * desired side of the same shape.
     */
    private static <T> void pair(List<T> cur, List<T> want, Function<T, String> name, BiPredicate<T, T> same,
                                 BiConsumer<String, String> onPair) {
        Set<String> curNames = cur.stream().map(name).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> wantNames = want.stream().map(name).filter(Objects::nonNull).collect(Collectors.toSet());
        List<T> free = new ArrayList<>(want.stream().filter(w -> name.apply(w) != null
                && !curNames.contains(name.apply(w))).toList());
        for (T c : cur) {
            String n = name.apply(c);
            if (n == null || wantNames.contains(n)) {
                continue;
            }
            free.stream().filter(w -> same.test(c, w)).findFirst().ifPresent(w -> {
                onPair.accept(n, name.apply(w));
                free.remove(w);
            });
        }
    }

    private static UniqueKey unnamed(UniqueKey u) {
        return new UniqueKey(null, u.columns(), u.nullsNotDistinct(), u.deferrable(), u.initiallyDeferred());
    }

    private static ForeignKey unnamed(ForeignKey f) {
        return new ForeignKey(null, f.columns(), f.refSchema(), f.refTable(), f.refColumns(), f.onDelete(), f.onUpdate(),
                f.deferrable(), f.initiallyDeferred(), f.match());
    }
}
