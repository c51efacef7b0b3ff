package dev.syncdb.plan;

import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.*;

import java.util.Map;

/**
 * The ordering policy, as one readable list: dependents are dropped before what they depend on,
 * referenced objects are created before what references them, foreign keys come last. Renames come
 * right after the views that read old names are dropped: every later change names tables, columns
 * and keys by their new names (and in the reverse script, views are re-created after the renames back).
 */
public enum Phase {
    DROP_VIEWS, RENAMES, DROP_FOREIGN_KEYS, DROP_CONSTRAINTS, DROP_TABLES, CREATE_TYPES,
    CREATE_TABLES, ALTER_TABLES, DROP_COLUMNS, ADD_CONSTRAINTS, ADD_FOREIGN_KEYS, ALTER_SEQUENCES, DROP_TYPES,
    CREATE_VIEWS, COMMENTS;

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
            Map.entry(SetComment.class, COMMENTS));

    /** The phase a change runs in. */
    public static Phase of(SchemaChange c) {
        Phase p = BY_CHANGE.get(c.getClass());
        if (p == null) {
            throw new IllegalStateException("no phase for " + c.getClass().getSimpleName());
        }
        return p;
    }
}
