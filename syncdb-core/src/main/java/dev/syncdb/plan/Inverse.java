package dev.syncdb.plan;

import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.*;

/** The change that undoes a change (its reverse), used to render each step's reverse SQL. */
final class Inverse {

    /** The inverse of each change type, as a visitor: a change type without one does not compile. */
    private static final SchemaChange.Visitor<SchemaChange> INVERSE = new SchemaChange.Visitor<>() {
        public SchemaChange visit(CreateTable x) { return new DropTable(x.desired()); }
        public SchemaChange visit(DropTable x) { return new CreateTable(x.current()); }
        public SchemaChange visit(RenameTable x) { return new RenameTable(x.to(), x.from()); }
        public SchemaChange visit(RebuildTable x) { return new RebuildTable(x.desired(), x.current(), x.replaces()); }
        public SchemaChange visit(AddColumn x) { return new DropColumn(x.table(), x.column()); }
        public SchemaChange visit(DropColumn x) { return new AddColumn(x.table(), x.column()); }
        public SchemaChange visit(RenameColumn x) { return new RenameColumn(x.table(), x.to(), x.from()); }
        public SchemaChange visit(RenameConstraint x) { return new RenameConstraint(x.table(), x.to(), x.from()); }
        public SchemaChange visit(RenameIndex x) { return new RenameIndex(x.table(), x.to(), x.from()); }
        public SchemaChange visit(RenameSequence x) { return new RenameSequence(x.to(), x.from()); }
        public SchemaChange visit(AlterColumn x) { return new AlterColumn(x.table(), x.to(), x.from(), x.aspects()); }
        public SchemaChange visit(AddPrimaryKey x) { return new DropPrimaryKey(x.table(), x.key()); }
        public SchemaChange visit(DropPrimaryKey x) { return new AddPrimaryKey(x.table(), x.key()); }
        public SchemaChange visit(AddUniqueKey x) { return new DropUniqueKey(x.table(), x.key()); }
        public SchemaChange visit(DropUniqueKey x) { return new AddUniqueKey(x.table(), x.key()); }
        public SchemaChange visit(AddIndex x) { return new DropIndex(x.table(), x.index()); }
        public SchemaChange visit(DropIndex x) { return new AddIndex(x.table(), x.index()); }
        public SchemaChange visit(AddForeignKey x) { return new DropForeignKey(x.table(), x.key()); }
        public SchemaChange visit(DropForeignKey x) { return new AddForeignKey(x.table(), x.key()); }
        public SchemaChange visit(AddCheck x) { return new DropCheck(x.table(), x.check()); }
        public SchemaChange visit(DropCheck x) { return new AddCheck(x.table(), x.check()); }
        public SchemaChange visit(AddExclusion x) { return new DropExclusion(x.table(), x.constraint()); }
        public SchemaChange visit(DropExclusion x) { return new AddExclusion(x.table(), x.constraint()); }
        public SchemaChange visit(AlterTableOptions x) { return new AlterTableOptions(x.table(), x.to(), x.from()); }
        public SchemaChange visit(SetComment x) { return new SetComment(x.kind(), x.object(), x.column(), x.to(), x.from()); }
        public SchemaChange visit(CreateEnum x) { return new DropEnum(x.desired()); }
        public SchemaChange visit(DropEnum x) { return new CreateEnum(x.current()); }
        public SchemaChange visit(AlterEnum x) { return new AlterEnum(x.to(), x.from()); }
        public SchemaChange visit(CreateSequence x) { return new DropSequence(x.desired()); }
        public SchemaChange visit(DropSequence x) { return new CreateSequence(x.current()); }
        public SchemaChange visit(AlterSequence x) { return new AlterSequence(x.to(), x.from()); }
        public SchemaChange visit(CreateView x) { return new DropView(x.desired()); }
        public SchemaChange visit(DropView x) { return new CreateView(x.current()); }
        public SchemaChange visit(CreateObject x) { return new DropObject(x.desired()); }
        public SchemaChange visit(DropObject x) { return new CreateObject(x.current()); }
        public SchemaChange visit(ReplaceObject x) { return new ReplaceObject(x.to(), x.from()); }
        public SchemaChange visit(MoveObject x) { return x.reversed(); }
    };

    private Inverse() {
    }

    static SchemaChange of(SchemaChange c) {
        return c.accept(INVERSE);
    }
}
