package dev.syncdb.diff;

import dev.syncdb.model.CheckConstraint;
import dev.syncdb.model.Column;
import dev.syncdb.model.DataType;
import dev.syncdb.model.Table;
import dev.syncdb.model.View;

import java.util.Map;
import java.util.Objects;

/**
 * The narrow questions the generic {@link Differ} asks a dialect. Defaults compare the database's
 * own canonical text, which is right when both sides were normalized by the same database.
 */
public interface DiffHooks {

    default boolean sameType(Column from, Column to) {
        return from.type().equals(to.type());
    }

    default boolean sameDefault(Column from, Column to) {
        return Objects.equals(from.defaultExpr(), to.defaultExpr());
    }

    default boolean sameOptions(Map<String, String> from, Map<String, String> to) {
        return from.equals(to);
    }

    /**
     * Whether two CHECK constraints of the same name are the same rule. Override where the
     * database prints an expression in a form that does not read back to the same text.
     */
    default boolean sameCheck(CheckConstraint from, CheckConstraint to) {
        return from.equals(to);
    }

    /**
     * Whether {@code t}, a table with parents, takes over their columns, keys, indexes, checks and
     * foreign keys whole (a PostgreSQL partition), so that attaching an existing table to a parent or
     * detaching it merges or keeps those parts instead of dropping or adding them. False by default.
     */
    default boolean takesOverParentParts(Table t) {
        return false;
    }

    /**
     * Whether {@code t}, a table with parents, takes over their columns and checks (an inheritance
     * child), so that a table that joins a parent merges its columns and checks of the parent's shape
     * and one that leaves keeps them, instead of dropping or adding them. Its keys, indexes and foreign
     * keys stay its own. By default, when it takes over its parents' parts whole.
     */
    default boolean takesOverParentColumns(Table t) {
        return takesOverParentParts(t);
    }

    default boolean sameView(View from, View to) {
        return from.materialized() == to.materialized() && from.definition().equals(to.definition());
    }

    /** How changing a column from one type to another treats existing values. */
    default TypeChangeKind classifyTypeChange(DataType from, DataType to) {
        return TypeChanges.classify(from, to);
    }

    /**
     * Whether this dialect carries out an enum change by re-creating the type (converting every
     * column that uses it) rather than adding labels in place. By default: when labels go away or move.
     */
    default boolean recreatesEnum(SchemaChange.AlterEnum change, dev.syncdb.model.Schema desired) {
        return !change.onlyAdds();
    }

    /**
     * Whether a changed object compared by definition ({@link dev.syncdb.model.SchemaObject}) is one
     * {@link SchemaChange.ReplaceObject} that the renderer carries out where the new definition is
     * created (in place where it can). A dialect that can only drop and re-create an object answers
     * false: the differ then plans a drop, which runs before the tables change (so a column the old
     * definition reads can go), and a create, which runs after them. True by default.
     */
    default boolean replacesInPlace(dev.syncdb.model.SchemaObject from, dev.syncdb.model.SchemaObject to) {
        return true;
    }

    /**
     * Whether this dialect can apply {@code change} to table {@code current} in place; when not, the
     * planner rebuilds the table (copy into a new table) instead. Every change is in place by default.
     */
    default boolean canAlterInPlace(SchemaChange change, Table current) {
        return true;
    }

    /**
     * Whether this dialect replaces an object compared by definition without dropping it (an
     * ALTER or CREATE OR REPLACE). When it must drop it, the planner drops the objects and views that
     * need it first and creates them again afterwards. In place by default.
     */
    default boolean replacesObjectInPlace(dev.syncdb.model.SchemaObject from, dev.syncdb.model.SchemaObject to) {
        return true;
    }

    /**
     * Whether two objects of the same kind and identity are the same: by default, when their
     * definitions are equal; a dialect may also compare properties that no definition prints (a
     * comment, a trigger's firing state).
     */
    default boolean sameObject(dev.syncdb.model.SchemaObject from, dev.syncdb.model.SchemaObject to) {
        return from.definition().equals(to.definition());
    }

    /**
     * The name {@code name} has inside its namespace, in a run that manages several namespaces
     * ({@code schema} is the run's schema name, which lists them), or null where the run manages one.
     * An object that goes away under one name and appears under another with the same such name
     * lives in another namespace of the run: it moves ({@link SchemaChange.MoveObject}) instead of
     * being dropped and created. Null by default: a dialect whose run manages one namespace never moves anything.
     */
    default String nameInNamespace(String schema, String name) {
        return null;
    }

    /**
     * Whether two objects compared by definition, of the same kind and named the same in two
     * namespaces of the run ({@link #nameInNamespace}), are the same object apart from the
     * namespace, so that one moves to where the other is wanted. False by default.
     */
    default boolean sameObjectElsewhere(String schema, dev.syncdb.model.SchemaObject from, dev.syncdb.model.SchemaObject to) {
        return false;
    }
}
