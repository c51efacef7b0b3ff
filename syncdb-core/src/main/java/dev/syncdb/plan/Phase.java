package dev.syncdb.plan;

import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.*;
import dev.syncdb.model.SchemaObject;

import java.util.Map;

/**
 * The ordering policy, as one readable list: dependents are dropped before what they depend on,
 * referenced objects are created before what references them, foreign keys come last. Renames come
 * right after the views that read old names are dropped: every later change names tables, columns
 * and keys by their new names (and in the reverse script, views are re-created after the renames back).
 *
 * <p>Schema objects compared by definition ({@link dev.syncdb.model.SchemaObject}) take the phase of
 * their kind: extensions first and last; domains, composite and range types and functions before
 * the tables that may use them and dropped after the tables and columns that did; triggers and
 * policies, and any object that needs a table or view, after the tables (or views) exist and
 * dropped before any table (or view) goes ({@link #CREATE_TABLE_OBJECTS}, {@link #CREATE_VIEW_OBJECTS},
 * {@link #DROP_TABLE_OBJECTS}, {@link #DROP_VIEW_OBJECTS}); an object that a replaced object
 * (a trigger, a policy) stops using is dropped once the replacement ran ({@link #DROP_RELEASED_OBJECTS}).
 */
public enum Phase {
    DROP_VIEW_OBJECTS, DROP_VIEWS, DROP_TABLE_OBJECTS, RENAMES, DROP_FOREIGN_KEYS, DROP_CONSTRAINTS, DROP_TABLES, CREATE_EXTENSIONS,
    CREATE_TYPES, CREATE_OBJECTS, CREATE_TABLES, ALTER_TABLES, DROP_COLUMNS, ADD_CONSTRAINTS, ADD_FOREIGN_KEYS,
    ALTER_SEQUENCES, DROP_OBJECTS, DROP_TYPES, DROP_EXTENSIONS, CREATE_TABLE_OBJECTS, CREATE_VIEWS,
    CREATE_VIEW_OBJECTS, DROP_RELEASED_OBJECTS, COMMENTS;

    private static final Map<Class<?>, Phase> BY_CHANGE = Map.ofEntries(
            Map.entry(DropView.class, DROP_VIEWS),
            Map.entry(DropForeignKey.class, DROP_FOREIGN_KEYS),
            Map.entry(DropIndex.class, DROP_CONSTRAINTS),
            Map.entry(DropCheck.class, DROP_CONSTRAINTS),
            Map.entry(DropUniqueKey.class, DROP_CONSTRAINTS),
            Map.entry(DropPrimaryKey.class, DROP_CONSTRAINTS),
            Map.entry(DropTable.class, DROP_TABLES),
            Map.entry(RenameTable.class, RENAMES),
            Map.entry(RenameColumn.class, RENAMES),
            Map.entry(RenameConstraint.class, RENAMES),
            Map.entry(RenameIndex.class, RENAMES),
            Map.entry(RenameSequence.class, RENAMES),
            Map.entry(CreateEnum.class, CREATE_TYPES),
            Map.entry(AlterEnum.class, CREATE_TYPES),
            Map.entry(CreateSequence.class, CREATE_TYPES),
            Map.entry(AlterSequence.class, ALTER_SEQUENCES),
            Map.entry(CreateTable.class, CREATE_TABLES),
            Map.entry(RebuildTable.class, ALTER_TABLES),
            Map.entry(AddColumn.class, ALTER_TABLES),
            Map.entry(AlterColumn.class, ALTER_TABLES),
            Map.entry(AlterTableOptions.class, ALTER_TABLES),
            Map.entry(DropColumn.class, DROP_COLUMNS),
            Map.entry(AddPrimaryKey.class, ADD_CONSTRAINTS),
            Map.entry(AddUniqueKey.class, ADD_CONSTRAINTS),
            Map.entry(AddCheck.class, ADD_CONSTRAINTS),
            Map.entry(AddIndex.class, ADD_CONSTRAINTS),
            Map.entry(AddForeignKey.class, ADD_FOREIGN_KEYS),
            Map.entry(DropEnum.class, DROP_TYPES),
            Map.entry(DropSequence.class, DROP_TYPES),
            Map.entry(CreateView.class, CREATE_VIEWS),
            Map.entry(SetComment.class, COMMENTS),
            Map.entry(CreateObject.class, CREATE_OBJECTS),
            Map.entry(ReplaceObject.class, CREATE_OBJECTS),
            Map.entry(DropObject.class, DROP_OBJECTS));

    /**
     * The phase a change runs in. An object change that needs a table or view is moved later (or,
     * for a drop, earlier) by {@link ObjectOrder}, which sees the whole plan.
     */
    public static Phase of(SchemaChange c) {
        if (c instanceof CreateObject x) return objectCreate(x.desired().kind());
        if (c instanceof ReplaceObject x) return objectCreate(x.to().kind());
        if (c instanceof DropObject x) return objectDrop(x.current().kind());
        Phase p = BY_CHANGE.get(c.getClass());
        if (p == null) {
            throw new IllegalStateException("no phase for " + c.getClass().getSimpleName());
        }
        return p;
    }

    private static Phase objectCreate(SchemaObject.Kind kind) {
        if (kind == SchemaObject.Kind.EXTENSION) return CREATE_EXTENSIONS;
        return kind.onTable() ? CREATE_TABLE_OBJECTS : CREATE_OBJECTS;
    }

    private static Phase objectDrop(SchemaObject.Kind kind) {
        if (kind == SchemaObject.Kind.EXTENSION) return DROP_EXTENSIONS;
        return kind.onTable() ? DROP_TABLE_OBJECTS : DROP_OBJECTS;
    }
}
