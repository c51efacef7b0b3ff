package dev.syncdb.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything syncdb manages in one database namespace: tables, enum types, sequences, views, the
 * objects compared by definition ({@code objects}: extensions, domains, functions, triggers, ...),
 * and the objects it found but cannot manage ({@code unsupported}). {@code name} is the namespace
 * (e.g. "public"), or null where the database has none.
 */
public record Schema(String name, List<Table> tables, List<EnumType> enums, List<Sequence> sequences,
                     List<View> views, List<SchemaObject> objects, List<Unsupported> unsupported) {

    public Schema {
        tables = NamedList.of(tables, Table::name);
        enums = List.copyOf(enums);
        sequences = List.copyOf(sequences);
        views = NamedList.of(views, View::name);
        objects = List.copyOf(objects);
        unsupported = List.copyOf(unsupported);
    }

    /** A schema without objects of the {@link SchemaObject} family (dialects that have none). */
    public Schema(String name, List<Table> tables, List<EnumType> enums, List<Sequence> sequences,
                  List<View> views, List<Unsupported> unsupported) {
        this(name, tables, enums, sequences, views, List.of(), unsupported);
    }

    public static Schema empty(String name) {
        return new Schema(name, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** This schema with other unmanaged-object notices. */
    public Schema withUnsupported(List<Unsupported> notes) {
        return new Schema(name, tables, enums, sequences, views, objects, notes);
    }

    /** This schema with one more object (e.g. the namespace a plan must create first). */
    public Schema withObject(SchemaObject object) {
        List<SchemaObject> more = new java.util.ArrayList<>(objects);
        more.add(object);
        return new Schema(name, tables, enums, sequences, views, more, unsupported);
    }

    /** The table named {@code n}, found in constant time. */
    public Optional<Table> table(String n) {
        return ((NamedList<Table>) tables).find(n);
    }

    /** The first table whose name is {@code n} in another case (lower-cased with Locale.ROOT), found in constant time. */
    public Optional<Table> tableIgnoringCase(String n) {
        return ((NamedList<Table>) tables).findIgnoringCase(n);
    }

    /** The first view whose name is {@code n} in another case (lower-cased with Locale.ROOT), found in constant time. */
    public Optional<View> viewIgnoringCase(String n) {
        return ((NamedList<View>) views).findIgnoringCase(n);
    }

    /** The view named {@code n}, found in constant time. */
    public Optional<View> view(String n) {
        return ((NamedList<View>) views).find(n);
    }

    /** This schema without the tables of the given names (e.g. the tables syncdb keeps for itself). */
    public Schema withoutTables(java.util.Set<String> names) {
        if (tables.stream().noneMatch(t -> names.contains(t.name()))) {
            return this;
        }
        return new Schema(name, tables.stream().filter(t -> !names.contains(t.name())).toList(), enums, sequences,
                views, objects, unsupported);
    }

    /** This schema without {@link SchemaObject.Kind#PRIVILEGE} objects (what a run that leaves privileges out compares). */
    public Schema withoutPrivileges() {
        if (objects.stream().noneMatch(o -> o.kind() == SchemaObject.Kind.PRIVILEGE)) {
            return this;
        }
        return new Schema(name, tables, enums, sequences, views,
                objects.stream().filter(o -> o.kind() != SchemaObject.Kind.PRIVILEGE).toList(), unsupported);
    }

    /** Whether the schema holds no managed object (privileges alone are not objects). */
    public boolean isEmpty() {
        return tables.isEmpty() && enums.isEmpty() && sequences.isEmpty() && views.isEmpty()
                && objects.stream().allMatch(o -> o.kind() == SchemaObject.Kind.PRIVILEGE);
    }
}
