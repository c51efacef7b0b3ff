package dev.syncdb.diagram;

import dev.syncdb.diff.SchemaChange;
import dev.syncdb.model.Column;
import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;
import dev.syncdb.model.UniqueKey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds {@link Diagram}s from the neutral schema model: the diagram of one schema (current or
 * desired), or of the change between two, where the desired tables and columns carry the marks of
 * the differ's changes and the dropped ones are shown too, marked dropped.
 */
public final class DiagramBuilder {
    private DiagramBuilder() {
    }

    /** The diagram of one schema, nothing marked. */
    public static Diagram of(Schema schema, Diagram.Subject subject, String title) {
        ChangeMarks none = ChangeMarks.of(List.of());
        List<DiagramTable> tables = schema.tables().stream().map(t -> table(t, none, Mark.SAME)).toList();
        List<Relationship> rels = new ArrayList<>();
        Set<String> names = names(schema.tables());
        schema.tables().forEach(t -> t.foreignKeys().stream().filter(fk -> linked(fk, names))
                .forEach(fk -> rels.add(relationship(t, fk, Mark.SAME))));
        return new Diagram(subject, title, tables, rels);
    }

    /** The diagram of the change from {@code current} to {@code desired} that {@code changes} (the differ's) describe. */
    public static Diagram ofChange(Schema current, Schema desired, List<SchemaChange> changes, String title) {
        ChangeMarks marks = ChangeMarks.of(changes);
        List<DiagramTable> tables = new ArrayList<>();
        desired.tables().forEach(t -> tables.add(table(t, marks, marks.table(t.name()))));
        marks.droppedTables.forEach(t -> tables.add(table(t, marks, Mark.DROPPED)));
        List<Table> all = new ArrayList<>(desired.tables());
        all.addAll(marks.droppedTables);
        Set<String> names = names(all);
        List<Relationship> rels = new ArrayList<>();
        for (Table t : desired.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (linked(fk, names)) {
                    rels.add(relationship(t, fk, keyMark(marks, t, fk)));
                }
            }
        }
        marks.droppedKeys.forEach((key, fk) -> {
            String table = marks.droppedKeyTables.get(key);
            boolean tableDropped = marks.droppedTables.stream().anyMatch(d -> d.name().equals(table));
            if (!marks.addedKeys.contains(key) && !tableDropped && linked(fk, names)) {
                Table from = desired.table(table).or(() -> current.table(table)).orElse(null);
                rels.add(from == null ? bare(table, fk) : relationship(from, fk, Mark.DROPPED));
            }
        });
        for (Table t : marks.droppedTables) {
            t.foreignKeys().stream().filter(fk -> linked(fk, names)).forEach(fk -> rels.add(relationship(t, fk, Mark.DROPPED)));
        }
        return new Diagram(Diagram.Subject.CHANGE, title, tables, rels);
    }

    private static Mark keyMark(ChangeMarks marks, Table t, ForeignKey fk) {
        String key = ChangeMarks.keyOf(t.name(), fk);
        if (marks.table(t.name()) == Mark.ADDED) {
            return Mark.ADDED;
        }
        if (marks.addedKeys.contains(key)) {
            return marks.droppedKeys.containsKey(key) ? Mark.ALTERED : Mark.ADDED;
        }
        return Mark.SAME;
    }

    private static DiagramTable table(Table t, ChangeMarks marks, Mark mark) {
        Set<String> pk = t.primaryKey() == null ? Set.of() : new HashSet<>(t.primaryKey().columns());
        Set<String> fk = new HashSet<>();
        t.foreignKeys().forEach(k -> fk.addAll(k.columns()));
        Set<String> unique = new HashSet<>();
        t.uniqueKeys().stream().filter(u -> u.columns().size() == 1).forEach(u -> unique.add(u.columns().get(0)));
        t.indexes().stream().filter(i -> i.unique() && i.keys().size() == 1 && !i.keys().get(0).isExpression()
                && i.predicate() == null).forEach(i -> unique.add(i.keys().get(0).expression()));
        List<DiagramColumn> cols = new ArrayList<>();
        for (Column c : t.columns()) {
            Mark m = mark == Mark.SAME || mark == Mark.ALTERED ? marks.column(t.name(), c.name()) : mark;
            cols.add(new DiagramColumn(c.name(), c.type().sql(), c.nullable(), pk.contains(c.name()), fk.contains(c.name()),
                    unique.contains(c.name()), m, m == Mark.ALTERED ? marks.columnNote(t.name(), c.name()) : null));
        }
        if (mark != Mark.DROPPED) {
            for (Column c : marks.droppedColumns.getOrDefault(t.name(), List.of())) {
                cols.add(new DiagramColumn(c.name(), c.type().sql(), c.nullable(), false, false, false, Mark.DROPPED, null));
            }
        }
        return new DiagramTable(t.name(), cols, mark, marks.tableNotes.get(t.name()));
    }

    private static Relationship relationship(Table from, ForeignKey fk, Mark mark) {
        Map<String, Column> cols = new java.util.HashMap<>();
        from.columns().forEach(c -> cols.put(c.name(), c));
        boolean optional = fk.columns().stream().anyMatch(c -> cols.get(c) == null || cols.get(c).nullable());
        Set<String> key = new HashSet<>(fk.columns());
        boolean oneToOne = from.primaryKey() != null && new HashSet<>(from.primaryKey().columns()).equals(key)
                || from.uniqueKeys().stream().map(UniqueKey::columns).anyMatch(u -> new HashSet<>(u).equals(key))
                || from.indexes().stream().anyMatch(i -> i.unique() && i.predicate() == null
                        && i.keys().stream().noneMatch(k -> k.isExpression())
                        && i.keys().stream().map(k -> k.expression()).collect(java.util.stream.Collectors.toSet()).equals(key));
        return new Relationship(fk.name(), from.name(), fk.columns(), fk.refTable(), fk.refColumns(), optional, oneToOne, mark);
    }

    private static Relationship bare(String table, ForeignKey fk) {
        return new Relationship(fk.name(), table, fk.columns(), fk.refTable(), fk.refColumns(), true, false, Mark.DROPPED);
    }

    private static boolean linked(ForeignKey fk, Set<String> names) {
        return fk.refSchema() == null && names.contains(fk.refTable());
    }

    private static Set<String> names(List<Table> tables) {
        Set<String> out = new HashSet<>();
        tables.forEach(t -> out.add(t.name()));
        return out;
    }
}
