package dev.syncdb.plan;

import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.*;
import dev.syncdb.model.SchemaObject;

/**
 * The ordering policy, as one readable list: dependents are dropped before what they depend on,
 * referenced objects are created before what references them, foreign keys come last. Renames come
 * right after the views that read old names are dropped: every later change names tables, columns
 * and keys by their new names (and in the reverse script, views are re-created after the renames back).
 *
 * <p>Schema objects compared by definition ({@link dev.syncdb.model.SchemaObject}) take the phase of
 * their kind: namespaces ({@code SCHEMA}) are created before the renames and moves (an object may
 * move into a new one), extensions first; both are dropped last; domains, composite and range types and functions before
 * the tables that may use them and dropped after the tables and columns that did; triggers and
 * policies, and any object that needs a table or view, after the tables (or views) exist and
 * dropped before any table (or view) goes ({@link #CREATE_TABLE_OBJECTS}, {@link #CREATE_VIEW_OBJECTS},
 * {@link #DROP_TABLE_OBJECTS}, {@link #DROP_VIEW_OBJECTS}); an object that a replaced object
 * (a trigger, a policy) stops using is dropped once the replacement ran ({@link #DROP_RELEASED_OBJECTS}).
 * Privileges are revoked before anything else ({@link #REVOKES}, while every object still exists) and
 * granted or changed after everything else ({@link #GRANTS}, once every object exists).
 */
public enum Phase {
    REVOKES, DROP_VIEW_OBJECTS, DROP_VIEWS, DROP_TABLE_OBJECTS, CREATE_SCHEMAS, RENAMES, DROP_FOREIGN_KEYS, DROP_CONSTRAINTS, DROP_TABLES, CREATE_EXTENSIONS,
    CREATE_TYPES, CREATE_OBJECTS, CREATE_TABLES, ALTER_TABLES, DROP_COLUMNS, ADD_CONSTRAINTS, ADD_FOREIGN_KEYS,
    ALTER_SEQUENCES, DROP_OBJECTS, DROP_TYPES, DROP_EXTENSIONS, CREATE_TABLE_OBJECTS, CREATE_VIEWS,
    CREATE_VIEW_OBJECTS, DROP_RELEASED_OBJECTS, COMMENTS, GRANTS;

    /** The phase of each change type, as a visitor: a change type without a phase does not compile. */
    private static final SchemaChange.Visitor<Phase> BY_CHANGE = new SchemaChange.Visitor<>() {
        public Phase visit(DropView c) { return DROP_VIEWS; }
        public Phase visit(DropForeignKey c) { return DROP_FOREIGN_KEYS; }
        public Phase visit(DropIndex c) { return DROP_CONSTRAINTS; }
        public Phase visit(DropCheck c) { return DROP_CONSTRAINTS; }
        public Phase visit(DropExclusion c) { return DROP_CONSTRAINTS; }
        public Phase visit(AddExclusion c) { return ADD_CONSTRAINTS; }
        public Phase visit(DropUniqueKey c) { return DROP_CONSTRAINTS; }
        public Phase visit(DropPrimaryKey c) { return DROP_CONSTRAINTS; }
        public Phase visit(DropTable c) { return DROP_TABLES; }
        public Phase visit(RenameTable c) { return RENAMES; }
        public Phase visit(RenameColumn c) { return RENAMES; }
        public Phase visit(RenameConstraint c) { return RENAMES; }
        public Phase visit(RenameIndex c) { return RENAMES; }
        public Phase visit(RenameSequence c) { return RENAMES; }
        public Phase visit(MoveObject c) { return RENAMES; }
        public Phase visit(CreateEnum c) { return CREATE_TYPES; }
        public Phase visit(AlterEnum c) { return CREATE_TYPES; }
        public Phase visit(CreateSequence c) { return CREATE_TYPES; }
        public Phase visit(AlterSequence c) { return ALTER_SEQUENCES; }
        public Phase visit(CreateTable c) { return CREATE_TABLES; }
        public Phase visit(RebuildTable c) { return ALTER_TABLES; }
        public Phase visit(AddColumn c) { return ALTER_TABLES; }
        public Phase visit(AlterColumn c) { return ALTER_TABLES; }
        public Phase visit(AlterTableOptions c) { return ALTER_TABLES; }
        public Phase visit(DropColumn c) { return DROP_COLUMNS; }
        public Phase visit(AddPrimaryKey c) { return ADD_CONSTRAINTS; }
        public Phase visit(AddUniqueKey c) { return ADD_CONSTRAINTS; }
        public Phase visit(AddCheck c) { return ADD_CONSTRAINTS; }
        public Phase visit(AddIndex c) { return ADD_CONSTRAINTS; }
        public Phase visit(AddForeignKey c) { return ADD_FOREIGN_KEYS; }
        public Phase visit(DropEnum c) { return DROP_TYPES; }
        public Phase visit(DropSequence c) { return DROP_TYPES; }
        public Phase visit(CreateView c) { return CREATE_VIEWS; }
        public Phase visit(SetComment c) { return COMMENTS; }
        public Phase visit(CreateObject c) { return objectCreate(c.desired().kind()); }
        public Phase visit(ReplaceObject c) { return objectCreate(c.to().kind()); }
        public Phase visit(DropObject c) { return objectDrop(c.current().kind()); }
    };

    /**
     * The phase a change runs in. An object change that needs a table or view is moved later (or,
     * for a drop, earlier) by {@link ObjectOrder}, which sees the whole plan.
     */
    public static Phase of(SchemaChange c) {
        return c.accept(BY_CHANGE);
    }

    private static Phase objectCreate(SchemaObject.Kind kind) {
        if (kind == SchemaObject.Kind.SCHEMA) return CREATE_SCHEMAS;
        if (kind == SchemaObject.Kind.EXTENSION) return CREATE_EXTENSIONS;
        if (kind == SchemaObject.Kind.PRIVILEGE) return GRANTS;
        return kind.onTable() ? CREATE_TABLE_OBJECTS : CREATE_OBJECTS;
    }

    private static Phase objectDrop(SchemaObject.Kind kind) {
        if (kind == SchemaObject.Kind.EXTENSION || kind == SchemaObject.Kind.SCHEMA) return DROP_EXTENSIONS;
        if (kind == SchemaObject.Kind.PRIVILEGE) return REVOKES;
        return kind.onTable() ? DROP_TABLE_OBJECTS : DROP_OBJECTS;
    }
}
