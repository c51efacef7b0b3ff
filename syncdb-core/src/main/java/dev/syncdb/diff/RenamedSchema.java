package dev.syncdb.diff;

import dev.syncdb.diff.SchemaChange.RenameColumn;
import dev.syncdb.diff.SchemaChange.RenameConstraint;
import dev.syncdb.diff.SchemaChange.RenameIndex;
import dev.syncdb.diff.SchemaChange.RenameSequence;
import dev.syncdb.diff.SchemaChange.RenameTable;
import dev.syncdb.model.CheckConstraint;
import dev.syncdb.model.Column;
import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.Index;
import dev.syncdb.model.IndexKey;
import dev.syncdb.model.PrimaryKey;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Sequence;
import dev.syncdb.model.Table;
import dev.syncdb.model.UniqueKey;
import dev.syncdb.model.View;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The current schema as it is once the rename changes of a plan have run. A renamed table takes
 * along what points at it (foreign keys of other tables, the tables views read, the sequences it
 * owns); a renamed column takes along the keys, index keys and foreign keys that name it. Object
 * names that are not renamed explicitly stay, as the databases keep them. Expressions (CHECKs,
 * index expressions, view text) are not rewritten: where they name a renamed object the differ
 * sees them change and re-creates them. A renamed sequence is replaced where a column default names
 * it as a quoted literal ({@code nextval('people_id_seq')}). An object moved to another namespace
 * is renamed the same way ({@link MovedSchema}).
 */
public final class RenamedSchema {

    private RenamedSchema() {
    }

    /** {@code current} after every rename in {@code changes}, in their order; other changes are ignored. */
    public static Schema of(Schema current, List<SchemaChange> changes) {
        Schema s = current;
        for (SchemaChange c : changes) {
            s = apply(s, c);
        }
        return s;
    }

    /** Whether the change is one of the renames this class applies. */
    public static boolean isRename(SchemaChange c) {
        return c instanceof RenameTable || c instanceof RenameColumn || c instanceof RenameConstraint
                || c instanceof RenameIndex || c instanceof RenameSequence || c instanceof SchemaChange.MoveObject;
    }

    static Schema apply(Schema s, SchemaChange c) {
        if (c instanceof RenameTable x) return renameTable(s, x.from(), x.to());
        if (c instanceof RenameColumn x) return renameColumn(s, x.table(), x.from(), x.to());
        if (c instanceof RenameConstraint x) return tables(s, t -> t.name().equals(x.table()) ? constraint(t, x.from(), x.to()) : t);
        if (c instanceof RenameIndex x) return tables(s, t -> t.name().equals(x.table()) ? index(t, x.from(), x.to()) : t);
        if (c instanceof RenameSequence x) return renameSequence(s, x.from(), x.to());
        if (c instanceof SchemaChange.MoveObject x) return MovedSchema.apply(s, x);
        return s;
    }

    private static Schema renameTable(Schema s, String from, String to) {
        List<Table> tables = s.tables().stream().map(t -> t.name().equals(from) ? t.withName(to) : t).map(t -> withForeignKeys(t, t.foreignKeys().stream().map(f -> f.references(from)
                ? new ForeignKey(f.name(), f.columns(), null, to, f.refColumns(), f.onDelete(), f.onUpdate(),
                f.deferrable(), f.initiallyDeferred(), f.match()) : f).toList())).toList();
        List<Sequence> sequences = s.sequences().stream().map(q -> from.equals(q.ownedByTable())
                ? owned(q, q.name(), to, q.ownedByColumn()) : q).toList();
        List<View> views = s.views().stream().map(v -> new View(v.name(), v.definition(), v.materialized(),
                v.dependsOn().stream().map(d -> d.equals(from) ? to : d).toList(), v.comment())).toList();
        return new Schema(s.name(), tables, s.enums(), sequences, views, s.objects(), s.unsupported());
    }

    private static Schema renameColumn(Schema s, String table, String from, String to) {
        UnaryOperator<String> r = n -> n.equals(from) ? to : n;
        Schema out = tables(s, t -> {
            Table u = t.name().equals(table) ? ownColumn(t, r) : t;
            return withForeignKeys(u, u.foreignKeys().stream().map(f -> f.references(table)
                    ? new ForeignKey(f.name(), f.columns(), null, f.refTable(), f.refColumns().stream().map(r).toList(),
                    f.onDelete(), f.onUpdate(), f.deferrable(), f.initiallyDeferred(), f.match()) : f).toList());
        });
        List<Sequence> sequences = out.sequences().stream().map(q -> table.equals(q.ownedByTable())
                && from.equals(q.ownedByColumn()) ? owned(q, q.name(), table, to) : q).toList();
        return new Schema(out.name(), out.tables(), out.enums(), sequences, out.views(), out.objects(), out.unsupported());
    }

    /** The table with its column renamed, and its keys, indexes and foreign keys following. */
    private static Table ownColumn(Table t, UnaryOperator<String> r) {
        List<Column> columns = t.columns().stream().map(c -> c.withName(r.apply(c.name()))).toList();
        PrimaryKey pk = t.primaryKey() == null ? null
                : t.primaryKey().withColumns(t.primaryKey().columns().stream().map(r).toList());
        List<UniqueKey> uniques = t.uniqueKeys().stream().map(u -> new UniqueKey(u.name(),
                u.columns().stream().map(r).toList(), u.nullsNotDistinct(), u.deferrable(), u.initiallyDeferred())).toList();
        List<Index> indexes = t.indexes().stream().map(i -> new Index(i.name(), i.unique(), i.method(),
                i.keys().stream().map(k -> k.isExpression() ? k : new IndexKey(r.apply(k.expression()), false,
                        k.descending(), k.nullsFirst(), k.opclass(), k.collation())).toList(),
                i.include().stream().map(r).toList(), i.predicate(), i.nullsNotDistinct(), i.definition())).toList();
        List<ForeignKey> fks = t.foreignKeys().stream().map(f -> new ForeignKey(f.name(), f.columns().stream().map(r).toList(),
                f.refSchema(), f.refTable(), f.refColumns(), f.onDelete(), f.onUpdate(), f.deferrable(),
                f.initiallyDeferred(), f.match())).toList();
        return new Table(t.name(), columns, pk, uniques, indexes, fks, t.checks(), t.comment(), t.options(), t.parents(), t.exclusions());
    }

    private static Table constraint(Table t, String from, String to) {
        UnaryOperator<String> r = n -> from.equals(n) ? to : n;
        PrimaryKey pk = t.primaryKey() == null ? null : t.primaryKey().withName(r.apply(t.primaryKey().name()));
        List<UniqueKey> uniques = t.uniqueKeys().stream().map(u -> new UniqueKey(r.apply(u.name()), u.columns(),
                u.nullsNotDistinct(), u.deferrable(), u.initiallyDeferred())).toList();
        List<ForeignKey> fks = t.foreignKeys().stream().map(f -> new ForeignKey(r.apply(f.name()), f.columns(),
                f.refSchema(), f.refTable(), f.refColumns(), f.onDelete(), f.onUpdate(), f.deferrable(),
                f.initiallyDeferred(), f.match())).toList();
        List<CheckConstraint> checks = t.checks().stream().map(c -> new CheckConstraint(r.apply(c.name()), c.expression())).toList();
        return new Table(t.name(), t.columns(), pk, uniques, t.indexes(), fks, checks, t.comment(), t.options(), t.parents(), t.exclusions());
    }

    private static Table index(Table t, String from, String to) {
        List<Index> indexes = t.indexes().stream().map(i -> i.name().equals(from) ? new Index(to, i.unique(), i.method(),
                i.keys(), i.include(), i.predicate(), i.nullsNotDistinct(), i.definition()) : i).toList();
        return new Table(t.name(), t.columns(), t.primaryKey(), t.uniqueKeys(), indexes, t.foreignKeys(), t.checks(),
                t.comment(), t.options(), t.parents(), t.exclusions());
    }

    private static Schema renameSequence(Schema s, String from, String to) {
        String quotedFrom = "'" + from + "'";
        String quotedTo = "'" + to + "'";
        Schema out = tables(s, t -> new Table(t.name(), t.columns().stream().map(c -> c.defaultExpr() != null
                && c.defaultExpr().contains(quotedFrom) ? c.withDefault(c.defaultExpr().replace(quotedFrom, quotedTo)) : c)
                .toList(), t.primaryKey(), t.uniqueKeys(), t.indexes(), t.foreignKeys(), t.checks(), t.comment(), t.options(), t.parents(), t.exclusions()));
        List<Sequence> sequences = out.sequences().stream().map(q -> q.name().equals(from)
                ? owned(q, to, q.ownedByTable(), q.ownedByColumn()) : q).toList();
        return new Schema(out.name(), out.tables(), out.enums(), sequences, out.views(), out.objects(), out.unsupported());
    }

    private static Sequence owned(Sequence q, String name, String table, String column) {
        return new Sequence(name, q.dataType(), q.start(), q.increment(), q.minValue(), q.maxValue(), q.cache(),
                q.cycle(), table, column);
    }

    private static Table withForeignKeys(Table t, List<ForeignKey> fks) {
        return new Table(t.name(), t.columns(), t.primaryKey(), t.uniqueKeys(), t.indexes(), fks, t.checks(),
                t.comment(), t.options(), t.parents(), t.exclusions());
    }

    private static Schema tables(Schema s, UnaryOperator<Table> f) {
        return new Schema(s.name(), s.tables().stream().map(f).toList(), s.enums(), s.sequences(), s.views(),
                s.objects(), s.unsupported());
    }
}
