package dev.syncdb.diff;

import dev.syncdb.model.CheckConstraint;
import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.PrimaryKey;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a table merges into a parent it joins, or keeps from a parent it leaves, where the dialect
 * says the table takes over its parents' parts whole ({@link DiffHooks#takesOverParentParts}: a
 * PostgreSQL partition, attached or detached) or their columns and checks only
 * ({@link DiffHooks#takesOverParentColumns}: an inheritance child, INHERIT or NO INHERIT). A derived
 * table lists only its own parts (see {@link Table#parents()}); a table that joins merges its parts
 * of the same shape into the parent's, and one that leaves keeps them as its own, so neither is a
 * drop or an add: the differ compares the table without them.
 */
final class Inherited {

    private Inherited() {
    }

    /**
     * {@code current} as the differ compares it with {@code desired}: without what the parents it
     * gains in {@code desiredSchema} provide, when {@code desired} takes over its parents' parts.
     */
    static Table current(Table current, Table desired, Schema desiredSchema, DiffHooks hooks) {
        return without(current, desired, ancestors(gained(current, desired), desiredSchema), hooks);
    }

    /**
     * {@code desired} as the differ compares it with {@code current}: without what the parents
     * {@code current} leaves (in {@code currentSchema}) provided, which the table keeps.
     */
    static Table desired(Table current, Table desired, Schema currentSchema, DiffHooks hooks) {
        return without(desired, current, ancestors(gained(desired, current), currentSchema), hooks);
    }

    /**
     * {@code t} without what {@code parents} provide, as far as {@code derived} (the side that has
     * them) takes over their parts: whole, columns and checks only, or nothing.
     */
    private static Table without(Table t, Table derived, List<Table> parents, DiffHooks hooks) {
        if (hooks.takesOverParentParts(derived)) {
            return without(t, parents, hooks);
        }
        if (!hooks.takesOverParentColumns(derived) || parents.isEmpty()) {
            return t;
        }
        Table whole = without(t, parents, hooks);
        return new Table(t.name(), whole.columns(), t.primaryKey(), t.uniqueKeys(), t.indexes(), t.foreignKeys(),
                whole.checks(), t.comment(), t.options(), t.parents(), t.exclusions());
    }

    /** The parents {@code to} has and {@code from} does not. */
    private static List<String> gained(Table from, Table to) {
        return to.parents().stream().filter(p -> !from.parents().contains(p)).toList();
    }

    /** The tables {@code parents} of {@code schema} and their own parents, each once. */
    private static List<Table> ancestors(List<String> parents, Schema schema) {
        List<Table> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> next = new ArrayList<>(parents);
        while (!next.isEmpty()) {
            String p = next.remove(0);
            if (seen.add(p)) {
                schema.table(p).ifPresent(t -> {
                    out.add(t);
                    next.addAll(t.parents());
                });
            }
        }
        return out;
    }

    /** {@code t} without the parts of the same shape that one of {@code parents} has. */
    private static Table without(Table t, List<Table> parents, DiffHooks hooks) {
        if (parents.isEmpty()) {
            return t;
        }
        Set<String> columns = new HashSet<>();
        parents.forEach(p -> p.columns().forEach(c -> columns.add(c.name())));
        PrimaryKey pk = t.primaryKey() != null && parents.stream().anyMatch(p -> p.primaryKey() != null
                && p.primaryKey().columns().equals(t.primaryKey().columns())) ? null : t.primaryKey();
        return new Table(t.name(),
                t.columns().stream().filter(c -> !columns.contains(c.name())).toList(),
                pk,
                t.uniqueKeys().stream().filter(u -> parents.stream().noneMatch(p -> p.uniqueKeys().stream()
                        .anyMatch(q -> q.columns().equals(u.columns()) && q.nullsNotDistinct() == u.nullsNotDistinct())))
                        .toList(),
                t.indexes().stream().filter(i -> parents.stream().noneMatch(p -> p.indexes().stream().anyMatch(i::sameShape)))
                        .toList(),
                t.foreignKeys().stream().filter(f -> parents.stream().noneMatch(p -> p.foreignKeys().stream()
                        .anyMatch(q -> sameIgnoringName(q, f)))).toList(),
                t.checks().stream().filter(c -> parents.stream().noneMatch(p -> p.checks().stream()
                        .anyMatch(q -> hooks.sameCheck(new CheckConstraint(c.name(), q.expression()), c)))).toList(),
                t.comment(), t.options(), t.parents(), t.exclusions());
    }

    private static boolean sameIgnoringName(ForeignKey a, ForeignKey b) {
        return a.columns().equals(b.columns()) && Objects.equals(a.refSchema(), b.refSchema())
                && a.refTable().equals(b.refTable()) && a.refColumns().equals(b.refColumns())
                && Objects.equals(a.onDelete(), b.onDelete()) && Objects.equals(a.onUpdate(), b.onUpdate())
                && a.deferrable() == b.deferrable() && a.initiallyDeferred() == b.initiallyDeferred()
                && Objects.equals(a.match(), b.match());
    }
}
