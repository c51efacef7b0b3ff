package dev.syncdb.diff;

import dev.syncdb.model.CheckConstraint;
import dev.syncdb.model.Column;
import dev.syncdb.model.EnumType;
import dev.syncdb.model.ExclusionConstraint;
import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.Index;
import dev.syncdb.model.PrimaryKey;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.Sequence;
import dev.syncdb.model.Table;
import dev.syncdb.model.UniqueKey;
import dev.syncdb.model.View;

import java.util.Map;
import java.util.Set;

/**
 * One difference between the current and the desired schema, named verb + noun. The family is
 * closed: planners and renderers dispatch over it exhaustively through {@link Visitor}, so a new
 * change type does not compile until every one of them handles it.
 */
public sealed interface SchemaChange {

    /** Calls the {@link Visitor} method for this change's type and returns its result. */
    <R> R accept(Visitor<R> visitor);

    /** The table this change belongs to, or null for schema-level objects. */
    default String table() {
        return null;
    }

    /** A short human description, e.g. "add column users.email". */
    String describe();

    record CreateTable(Table desired) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String table() { return desired.name(); }
        public String describe() { return "create table " + desired.name(); }
    }

    record DropTable(Table current) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String table() { return current.name(); }
        public String describe() { return "drop table " + current.name(); }
    }

    record RenameTable(String from, String to) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String table() { return to; }
        public String describe() { return "rename table " + from + " to " + to; }
    }

    /**
     * Rebuild a table from {@code current} to {@code desired} by copying its rows into a new table,
     * for dialects that cannot alter some aspect in place. Replaces every in-place change of that table.
     */
    record RebuildTable(Table current, Table desired, java.util.List<SchemaChange> replaces) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String table() { return desired.name(); }
        public String describe() { return "rebuild table " + desired.name(); }
    }

    record AddColumn(String table, Column column) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String describe() { return "add column " + table + "." + column.name(); }
    }

    record DropColumn(String table, Column column) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String describe() { return "drop column " + table + "." + column.name(); }
    }

    record RenameColumn(String table, String from, String to) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String describe() { return "rename column " + table + "." + from + " to " + to; }
    }

    /**
     * A constraint (primary key, unique, foreign key or check) of {@code table} renamed to the name
     * the desired schema gives it, e.g. {@code people_pkey} to {@code users_pkey} after its table was
     * renamed; the constraint itself is unchanged.
     */
    record RenameConstraint(String table, String from, String to) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String describe() { return "rename constraint " + table + "." + from + " to " + to; }
    }

    /** An index of {@code table} renamed to the name the desired schema gives it; its shape is unchanged. */
    record RenameIndex(String table, String from, String to) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String describe() { return "rename index " + from + " on " + table + " to " + to; }
    }

    /** A sequence renamed, e.g. the one a serial column of a renamed table owns; its value is kept. */
    record RenameSequence(String from, String to) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String describe() { return "rename sequence " + from + " to " + to; }
    }

    /** A column that exists on both sides and differs in the given aspects. */
    record AlterColumn(String table, Column from, Column to, Set<ColumnAspect> aspects) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public AlterColumn {
            aspects = Set.copyOf(aspects);
        }
        public String describe() { return "alter column " + table + "." + to.name() + " " + aspects; }
    }

    record AddPrimaryKey(String table, PrimaryKey key) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String describe() { return "add primary key " + table + key.columns(); }
    }

    record DropPrimaryKey(String table, PrimaryKey key) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String describe() { return "drop primary key " + table + key.columns(); }
    }

    record AddUniqueKey(String table, UniqueKey key) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String describe() { return "add unique " + table + key.columns(); }
    }

    record DropUniqueKey(String table, UniqueKey key) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String describe() { return "drop unique " + table + key.columns(); }
    }

    record AddIndex(String table, Index index) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String describe() { return "create index " + index.name() + " on " + table; }
    }

    record DropIndex(String table, Index index) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String describe() { return "drop index " + index.name() + " on " + table; }
    }

    record AddForeignKey(String table, ForeignKey key) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String describe() { return "add foreign key " + table + key.columns() + " -> " + key.refTable(); }
    }

    record DropForeignKey(String table, ForeignKey key) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String describe() { return "drop foreign key " + table + key.columns() + " -> " + key.refTable(); }
    }

    record AddCheck(String table, CheckConstraint check) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String describe() { return "add check " + table + " " + check.name(); }
    }

    record DropCheck(String table, CheckConstraint check) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String describe() { return "drop check " + table + " " + check.name(); }
    }

    /** An exclusion constraint to add to {@code table}. */
    record AddExclusion(String table, ExclusionConstraint constraint) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String describe() { return "add exclusion constraint " + table + " " + constraint.name(); }
    }

    /** An exclusion constraint of {@code table} to drop. */
    record DropExclusion(String table, ExclusionConstraint constraint) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String describe() { return "drop exclusion constraint " + table + " " + constraint.name(); }
    }

    /** Dialect-specific table options changed (see {@link dev.syncdb.model.Table#options()}). */
    record AlterTableOptions(String table, Map<String, String> from, Map<String, String> to) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String describe() { return "alter table options " + table; }
    }

    /** A comment on a table, view, enum type ({@code column} null) or a column changed; null text = no comment. */
    record SetComment(ObjectKind kind, String object, String column, String from, String to) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String table() { return kind == ObjectKind.TABLE ? object : null; }
        public String describe() {
            return "comment on " + kind.name().toLowerCase() + " " + object + (column == null ? "" : "." + column);
        }
    }

    record CreateEnum(EnumType desired) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String describe() { return "create enum type " + desired.name(); }
    }

    record DropEnum(EnumType current) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String describe() { return "drop enum type " + current.name(); }
    }

    /** An enum type whose labels changed; when {@link #onlyAdds()} the old labels keep their order. */
    record AlterEnum(EnumType from, EnumType to) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String describe() { return "alter enum type " + to.name() + " " + from.values() + " -> " + to.values(); }

        /** Whether the change only inserts labels, keeping the existing ones in their order. */
        public boolean onlyAdds() {
            java.util.List<String> kept = to.values().stream().filter(from.values()::contains).toList();
            return kept.equals(from.values());
        }
    }

    record CreateSequence(Sequence desired) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String describe() { return "create sequence " + desired.name(); }
    }

    record DropSequence(Sequence current) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String describe() { return "drop sequence " + current.name(); }
    }

    record AlterSequence(Sequence from, Sequence to) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String describe() { return "alter sequence " + to.name(); }
    }

    record CreateView(View desired) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String describe() { return "create " + (desired.materialized() ? "materialized " : "") + "view " + desired.name(); }
    }

    record DropView(View current) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String describe() { return "drop " + (current.materialized() ? "materialized " : "") + "view " + current.name(); }
    }

    /** A schema object compared by definition (extension, domain, function, trigger, policy, ...) to create. */
    record CreateObject(SchemaObject desired) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String table() { return desired.table(); }
        public String describe() {
            return desired.kind() == SchemaObject.Kind.PRIVILEGE ? "set privileges ON " + desired.identity()
                    : "create " + desired.kind().words() + " " + desired.identity();
        }
    }

    /** A schema object compared by definition to drop. */
    record DropObject(SchemaObject current) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String table() { return current.table(); }
        public String describe() {
            return current.kind() == SchemaObject.Kind.PRIVILEGE ? "reset privileges ON " + current.identity() + " to the default"
                    : "drop " + current.kind().words() + " " + current.identity();
        }
    }

    /**
     * A schema object whose definition changed ({@code from} and {@code to} have the same kind and
     * identity): the renderer alters it in place where the database can (CREATE OR REPLACE, ALTER
     * DOMAIN, ALTER EXTENSION ... UPDATE), else drops and re-creates it.
     */
    record ReplaceObject(SchemaObject from, SchemaObject to) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String table() { return to.table(); }
        public String describe() {
            return to.kind() == SchemaObject.Kind.PRIVILEGE ? "change privileges ON " + to.identity()
                    : "replace " + to.kind().words() + " " + to.identity();
        }
    }

    /**
     * An object that moves, under the same name, to another namespace of a run that manages several
     * (PostgreSQL's ALTER ... SET SCHEMA), keeping its rows, value or definition: a table, view,
     * sequence or enum type ({@code from} and {@code to} are its model names, {@code materialized}
     * tells a materialized view), or an object compared by definition ({@code from} and {@code to}
     * are its identities, and {@code fromObject} and {@code toObject} the object on each side, which
     * are the same apart from the namespace; null for the other kinds). A sequence owned by a moved
     * table goes along with it ({@code carried}: it needs no statement of its own).
     */
    record MoveObject(SchemaObject.Kind kind, String from, String to, boolean materialized, boolean carried,
                      SchemaObject fromObject, SchemaObject toObject) implements SchemaChange {
        public <R> R accept(Visitor<R> v) { return v.visit(this); }
        public String table() { return kind == SchemaObject.Kind.TABLE ? to : null; }
        public String describe() {
            return "move " + (materialized ? "materialized " : "") + kind.words() + " " + from + " to " + to
                    + (carried ? " with its table" : "");
        }

        /** A table, view, sequence or enum type that moves ({@code carried}: along with its table). */
        public static MoveObject named(SchemaObject.Kind kind, String from, String to, boolean materialized, boolean carried) {
            return new MoveObject(kind, from, to, materialized, carried, null, null);
        }

        /** An object compared by definition that moves. */
        public static MoveObject of(SchemaObject from, SchemaObject to) {
            return new MoveObject(from.kind(), from.identity(), to.identity(), false, false, from, to);
        }

        /** The same move backwards. */
        public MoveObject reversed() {
            return new MoveObject(kind, to, from, materialized, carried, toObject, fromObject);
        }
    }

    /**
     * An operation defined for every change type, one method per record of this family: adding a
     * change type adds a method here, and every dispatch over the family stops compiling until it
     * handles the new type.
     *
     * @param <R> what the operation returns for a change
     */
    interface Visitor<R> {
        R visit(CreateTable change);
        R visit(DropTable change);
        R visit(RenameTable change);
        R visit(RebuildTable change);
        R visit(AddColumn change);
        R visit(DropColumn change);
        R visit(RenameColumn change);
        R visit(RenameConstraint change);
        R visit(RenameIndex change);
        R visit(RenameSequence change);
        R visit(AlterColumn change);
        R visit(AddPrimaryKey change);
        R visit(DropPrimaryKey change);
        R visit(AddUniqueKey change);
        R visit(DropUniqueKey change);
        R visit(AddIndex change);
        R visit(DropIndex change);
        R visit(AddForeignKey change);
        R visit(DropForeignKey change);
        R visit(AddCheck change);
        R visit(DropCheck change);
        R visit(AddExclusion change);
        R visit(DropExclusion change);
        R visit(AlterTableOptions change);
        R visit(SetComment change);
        R visit(CreateEnum change);
        R visit(DropEnum change);
        R visit(AlterEnum change);
        R visit(CreateSequence change);
        R visit(DropSequence change);
        R visit(AlterSequence change);
        R visit(CreateView change);
        R visit(DropView change);
        R visit(CreateObject change);
        R visit(DropObject change);
        R visit(ReplaceObject change);
        R visit(MoveObject change);
    }

    /** Kinds of object a comment can be on. */
    enum ObjectKind { TABLE, COLUMN, VIEW, ENUM }
}
