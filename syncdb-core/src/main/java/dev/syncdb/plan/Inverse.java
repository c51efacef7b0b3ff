package dev.syncdb.plan;

import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.*;

/** The change that undoes a change (its reverse), used to render each step's reverse SQL. */
final class Inverse {

    private Inverse() {
    }

    static SchemaChange of(SchemaChange c) {
        if (c instanceof CreateTable x) return new DropTable(x.desired());
        if (c instanceof DropTable x) return new CreateTable(x.current());
        if (c instanceof RenameTable x) return new RenameTable(x.to(), x.from());
        if (c instanceof RebuildTable x) return new RebuildTable(x.desired(), x.current(), x.replaces());
        if (c instanceof AddColumn x) return new DropColumn(x.table(), x.column());
        if (c instanceof DropColumn x) return new AddColumn(x.table(), x.column());
        if (c instanceof RenameColumn x) return new RenameColumn(x.table(), x.to(), x.from());
        if (c instanceof RenameConstraint x) return new RenameConstraint(x.table(), x.to(), x.from());
        if (c instanceof RenameIndex x) return new RenameIndex(x.table(), x.to(), x.from());
        if (c instanceof RenameSequence x) return new RenameSequence(x.to(), x.from());
        if (c instanceof AlterColumn x) return new AlterColumn(x.table(), x.to(), x.from(), x.aspects());
        if (c instanceof AddPrimaryKey x) return new DropPrimaryKey(x.table(), x.key());
        if (c instanceof DropPrimaryKey x) return new AddPrimaryKey(x.table(), x.key());
        if (c instanceof AddUniqueKey x) return new DropUniqueKey(x.table(), x.key());
        if (c instanceof DropUniqueKey x) return new AddUniqueKey(x.table(), x.key());
        if (c instanceof AddIndex x) return new DropIndex(x.table(), x.index());
        if (c instanceof DropIndex x) return new AddIndex(x.table(), x.index());
        if (c instanceof AddForeignKey x) return new DropForeignKey(x.table(), x.key());
        if (c instanceof DropForeignKey x) return new AddForeignKey(x.table(), x.key());
        if (c instanceof AddCheck x) return new DropCheck(x.table(), x.check());
        if (c instanceof DropCheck x) return new AddCheck(x.table(), x.check());
        if (c instanceof AlterTableOptions x) return new AlterTableOptions(x.table(), x.to(), x.from());
        if (c instanceof SetComment x) return new SetComment(x.kind(), x.object(), x.column(), x.to(), x.from());
        if (c instanceof CreateEnum x) return new DropEnum(x.desired());
        if (c instanceof DropEnum x) return new CreateEnum(x.current());
        if (c instanceof AlterEnum x) return new AlterEnum(x.to(), x.from());
        if (c instanceof CreateSequence x) return new DropSequence(x.desired());
        if (c instanceof DropSequence x) return new CreateSequence(x.current());
        if (c instanceof AlterSequence x) return new AlterSequence(x.to(), x.from());
        if (c instanceof CreateView x) return new DropView(x.desired());
        if (c instanceof DropView x) return new CreateView(x.current());
        if (c instanceof CreateObject x) return new DropObject(x.desired());
        if (c instanceof DropObject x) return new CreateObject(x.current());
        if (c instanceof ReplaceObject x) return new ReplaceObject(x.to(), x.from());
        throw new IllegalStateException("no inverse for " + c.getClass().getSimpleName());
    }
}
