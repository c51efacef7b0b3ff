package dev.syncdb.diff;

import dev.syncdb.diff.SchemaChange.*;
import dev.syncdb.model.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The one generic schema differ: compares a current and a desired {@link Schema} object kind by
 * object kind and returns every difference as typed changes, in no particular order (ordering is
 * the planner's job). Dialect differences are asked of {@link DiffHooks}.
 */
public final class Differ {
    private final DiffHooks hooks;

    public Differ(DiffHooks hooks) {
        this.hooks = hooks;
    }

    public List<SchemaChange> diff(Schema current, Schema desired) {
        return diff(current, desired, DiffOptions.DEFAULT);
    }

    /**
     * The differences, with the declared renames of {@code options} as rename changes first, then
     * the objects that move between the namespaces of the run ({@link Moves}; see {@link RenamedSchema}):
     * the rest is diffed against the current schema as renamed and moved.
     */
    public List<SchemaChange> diff(Schema current, Schema desired, DiffOptions options) {
        List<SchemaChange> out = new ArrayList<>();
        List<SchemaChange> renames = Renames.of(current, desired, options);
        out.addAll(renames);
        Schema named = RenamedSchema.of(current, renames);
        List<SchemaChange> moves = Moves.of(named, desired, hooks);
        out.addAll(moves);
        Schema renamed = RenamedSchema.of(named, moves);
        Keyed.match(renamed.enums(), desired.enums(), EnumType::name,
                e -> out.add(new DropEnum(e)), e -> out.add(new CreateEnum(e)), (a, b) -> enums(a, b, out));
        Keyed.match(renamed.sequences(), desired.sequences(), Sequence::name,
                s -> out.add(new DropSequence(s)), s -> out.add(new CreateSequence(s)), (a, b) -> sequences(a, b, out));
        Keyed.match(renamed.tables(), desired.tables(), Table::name,
                t -> out.add(new DropTable(t)), t -> out.add(new CreateTable(t)), (a, b) -> tables(a, b, renamed, desired, out));
        Keyed.match(renamed.views(), desired.views(), View::name,
                v -> out.add(new DropView(v)), v -> out.add(new CreateView(v)), (a, b) -> views(a, b, out));
        Keyed.match(compared(renamed, options), compared(desired, options), o -> o.kind() + " " + o.identity(),
                o -> out.add(new DropObject(o)), o -> out.add(new CreateObject(o)), (a, b) -> objects(a, b, out));
        return out;
    }

    /** The objects of {@code s} this diff compares: privileges only when the options ask for them. */
    private static List<SchemaObject> compared(Schema s, DiffOptions options) {
        return options.privileges() ? s.objects()
                : s.objects().stream().filter(o -> o.kind() != SchemaObject.Kind.PRIVILEGE).toList();
    }

    private void enums(EnumType a, EnumType b, List<SchemaChange> out) {
        if (!a.values().equals(b.values())) {
            out.add(new AlterEnum(a, b));
        }
        comment(ObjectKind.ENUM, b.name(), null, a.comment(), b.comment(), out);
    }

    private void sequences(Sequence a, Sequence b, List<SchemaChange> out) {
        if (!a.equals(b)) {
            out.add(new AlterSequence(a, b));
        }
    }

    /**
     * Objects compared by definition (and what the dialect compares besides, see
     * {@link DiffHooks#sameObject}): a difference is one replace change (the renderer decides how),
     * or a drop and a create where the dialect can only re-create the object.
     */
    private void objects(SchemaObject a, SchemaObject b, List<SchemaChange> out) {
        if (hooks.sameObject(a, b)) {
            return;
        }
        if (hooks.replacesInPlace(a, b)) {
            out.add(new ReplaceObject(a, b));
        } else {
            out.add(new DropObject(a));
            out.add(new CreateObject(b));
        }
    }

    private void views(View a, View b, List<SchemaChange> out) {
        if (!hooks.sameView(a, b)) {
            out.add(new DropView(a));
            out.add(new CreateView(b));
            return;
        }
        comment(ObjectKind.VIEW, b.name(), null, a.comment(), b.comment(), out);
    }

    /**
     * The changes of a table on both sides; what it merges into a parent it joins, or keeps from one
     * it leaves, is not compared ({@link Inherited}).
     */
    private void tables(Table current, Table desired, Schema curSchema, Schema desiredSchema, List<SchemaChange> out) {
        Table cur = Inherited.current(current, desired, desiredSchema, hooks);
        Table b = Inherited.desired(current, desired, curSchema, hooks);
        String t = b.name();
        Keyed.match(cur.columns(), b.columns(), Column::name,
                c -> out.add(new DropColumn(t, c)), c -> out.add(new AddColumn(t, c)), (x, y) -> column(t, x, y, out));
        primaryKey(t, cur.primaryKey(), b.primaryKey(), out);
        Keyed.match(cur.uniqueKeys(), b.uniqueKeys(), u -> u.name() != null ? u.name() : "cols:" + u.columns(),
                u -> out.add(new DropUniqueKey(t, u)), u -> out.add(new AddUniqueKey(t, u)),
                (x, y) -> replaceIfDiffer(x.equals(y), new DropUniqueKey(t, x), new AddUniqueKey(t, y), out));
        Keyed.match(cur.indexes(), b.indexes(), Index::name,
                i -> out.add(new DropIndex(t, i)), i -> out.add(new AddIndex(t, i)),
                (x, y) -> replaceIfDiffer(x.sameShape(y), new DropIndex(t, x), new AddIndex(t, y), out));
        Keyed.match(cur.foreignKeys(), b.foreignKeys(), Differ::fkKey,
                f -> out.add(new DropForeignKey(t, f)), f -> out.add(new AddForeignKey(t, f)),
                (x, y) -> replaceIfDiffer(x.equals(y), new DropForeignKey(t, x), new AddForeignKey(t, y), out));
        Keyed.match(cur.checks(), b.checks(), c -> c.name() != null ? c.name() : "expr:" + c.expression(),
                c -> out.add(new DropCheck(t, c)), c -> out.add(new AddCheck(t, c)),
                (x, y) -> replaceIfDiffer(hooks.sameCheck(x, y), new DropCheck(t, x), new AddCheck(t, y), out));
        Keyed.match(cur.exclusions(), b.exclusions(), x -> x.name() != null ? x.name() : "def:" + x.definition(),
                x -> out.add(new DropExclusion(t, x)), x -> out.add(new AddExclusion(t, x)),
                (x, y) -> replaceIfDiffer(x.equals(y), new DropExclusion(t, x), new AddExclusion(t, y), out));
        if (!hooks.sameOptions(cur.options(), b.options())) {
            out.add(new AlterTableOptions(t, cur.options(), b.options()));
        }
        comment(ObjectKind.TABLE, t, null, cur.comment(), b.comment(), out);
    }

    private static String fkKey(ForeignKey f) {
        return f.name() != null ? f.name() : "fk:" + f.columns() + "->" + f.refTable() + f.refColumns();
    }

    private void primaryKey(String t, PrimaryKey a, PrimaryKey b, List<SchemaChange> out) {
        if (Objects.equals(a, b)) {
            return;
        }
        if (a != null && b != null && a.columns().equals(b.columns()) && a.deferrable() == b.deferrable()
                && a.initiallyDeferred() == b.initiallyDeferred()
                && (a.name() == null || b.name() == null || a.name().equals(b.name()))) {
            return;
        }
        if (a != null) {
            out.add(new DropPrimaryKey(t, a));
        }
        if (b != null) {
            out.add(new AddPrimaryKey(t, b));
        }
    }

    private static void replaceIfDiffer(boolean same, SchemaChange drop, SchemaChange add, List<SchemaChange> out) {
        if (!same) {
            out.add(drop);
            out.add(add);
        }
    }

    private void column(String t, Column a, Column b, List<SchemaChange> out) {
        Set<ColumnAspect> aspects = EnumSet.noneOf(ColumnAspect.class);
        if (!hooks.sameType(a, b)) {
            aspects.add(ColumnAspect.TYPE);
        }
        if (a.nullable() != b.nullable()) {
            aspects.add(ColumnAspect.NULLABLE);
        }
        if (!hooks.sameDefault(a, b)) {
            aspects.add(ColumnAspect.DEFAULT);
        }
        if (!Objects.equals(a.identity(), b.identity())) {
            aspects.add(ColumnAspect.IDENTITY);
        }
        if (!Objects.equals(a.generated(), b.generated())) {
            aspects.add(ColumnAspect.GENERATED);
        }
        if (!Objects.equals(a.collation(), b.collation())) {
            aspects.add(ColumnAspect.COLLATION);
        }
        if (!aspects.isEmpty()) {
            out.add(new AlterColumn(t, a, b, aspects));
        }
        comment(ObjectKind.COLUMN, t, b.name(), a.comment(), b.comment(), out);
    }

    private static void comment(ObjectKind kind, String object, String column, String from, String to,
                                List<SchemaChange> out) {
        if (!Objects.equals(from, to)) {
            out.add(new SetComment(kind, object, column, from, to));
        }
    }
}
