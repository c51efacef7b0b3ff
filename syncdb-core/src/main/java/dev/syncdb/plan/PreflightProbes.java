package dev.syncdb.plan;

import dev.syncdb.diff.ColumnAspect;
import dev.syncdb.diff.DiffHooks;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.*;
import dev.syncdb.diff.TypeChangeKind;
import dev.syncdb.model.Column;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Decides which live-data checks a change needs, against the current tables: NULLs before NOT NULL,
 * duplicates before a uniqueness rule, values that do not fit or convert before a type change,
 * orphans before a foreign key, violations before a CHECK (a table's, or a replaced domain's),
 * enum labels in use, and what a drop loses. Changes to tables created in the same plan need none (they hold no rows yet).
 */
final class PreflightProbes {
    private final PreflightQueries queries;
    private final DiffHooks hooks;
    private final Schema current;
    private final Set<String> newTables;
    private final DataFixes fixes;
    private final AddedColumns added;

    PreflightProbes(PreflightQueries queries, DiffHooks hooks, Schema current, Set<String> newTables, DataFixes fixes,
                    AddedColumns added) {
        this.queries = queries;
        this.hooks = hooks;
        this.current = current;
        this.newTables = newTables;
        this.fixes = fixes;
        this.added = added;
    }

    List<PreflightProbe> of(SchemaChange c) {
        List<PreflightProbe> out = new ArrayList<>();
        if (c instanceof CreateTable x) {
            queries.optionViolations(x.desired(), java.util.Map.of(), x.desired().options(), current)
                    .forEach((subject, q) -> out.add(new PreflightProbe(PreflightCheck.VIOLATIONS, subject, q)));
            return out;
        }
        if (c instanceof DropTable x) {
            out.add(new PreflightProbe(PreflightCheck.LOST_ROWS, x.current().name(), queries.rows(x.current())));
            return out;
        }
        if (c instanceof AlterEnum x) {
            enumUses(x, out);
            return out;
        }
        if (c instanceof ReplaceObject x) {
            queries.objectViolations(x.from(), x.to(), current)
                    .forEach((subject, q) -> out.add(new PreflightProbe(PreflightCheck.VIOLATIONS, subject, q)));
            return out;
        }
        Optional<Table> table = c.table() == null || newTables.contains(c.table()) ? Optional.empty() : current.table(c.table());
        if (c instanceof AlterTableOptions x) {
            table.ifPresent(t -> queries.optionViolations(t, x.from(), x.to(), current)
                    .forEach((subject, q) -> out.add(new PreflightProbe(PreflightCheck.VIOLATIONS, subject, q))));
            return out;
        }
        table.ifPresent(t -> tableChange(c, t, out));
        return out;
    }

    private void tableChange(SchemaChange c, Table t, List<PreflightProbe> out) {
        String n = t.name();
        if (c instanceof DropColumn x) {
            out.add(new PreflightProbe(PreflightCheck.LOST_VALUES, n + "." + x.column().name(), queries.values(t, x.column().name())));
        } else if (c instanceof AlterColumn x) {
            alterColumn(x, t, out);
        } else if (c instanceof AddColumn x) {
            addColumn(x, t, out);
        } else if (c instanceof AddUniqueKey x) {
            out.add(new PreflightProbe(PreflightCheck.DUPLICATES, n + x.key().columns(), guarded(t, x.key().columns(),
                    !x.key().nullsNotDistinct(), () -> queries.duplicates(t, x.key().columns(), x.key().nullsNotDistinct()))));
        } else if (c instanceof AddIndex x && x.index().unique()) {
            out.add(new PreflightProbe(PreflightCheck.DUPLICATES, n + " " + x.index().name(),
                    AddedColumns.guard(n, added.inIndex(t, x.index()), !x.index().nullsNotDistinct() && x.index().predicate() == null)
                            .orElseGet(() -> queries.duplicates(t, x.index()))));
        } else if (c instanceof AddPrimaryKey x) {
            primaryKey(x, t, out);
        } else if (c instanceof AddForeignKey x) {
            boolean refIsNew = x.key().refSchema() == null && newTables.contains(x.key().refTable());
            out.add(new PreflightProbe(PreflightCheck.ORPHANS, n + x.key().columns() + " -> " + x.key().refTable(),
                    guarded(t, x.key().columns(), true, () -> queries.orphans(t, x.key(), refIsNew))));
        } else if (c instanceof AddCheck x) {
            out.add(new PreflightProbe(PreflightCheck.VIOLATIONS, n + " CHECK " + x.check().expression(),
                    AddedColumns.guard(n, added.mentionedIn(t, x.check().expression()), false)
                            .orElseGet(() -> queries.violations(t, x.check()))));
        } else if (c instanceof RebuildTable x) {
            x.replaces().forEach(inner -> tableChange(inner, x.current(), out));
        }
    }

    private void primaryKey(AddPrimaryKey x, Table t, List<PreflightProbe> out) {
        String n = t.name();
        for (String col : x.key().columns()) {
            if (t.column(col).map(Column::nullable).orElse(false)) {
                out.add(new PreflightProbe(PreflightCheck.KEY_NULLS, n + "." + col, queries.nulls(t, col, null)));
            }
        }
        out.add(new PreflightProbe(PreflightCheck.DUPLICATES, n + x.key().columns(),
                guarded(t, x.key().columns(), false, () -> queries.duplicates(t, x.key().columns(), false))));
    }

    /** The query, unless the rule covers a column the plan adds (see {@link AddedColumns}). */
    private PreflightQuery guarded(Table t, List<String> columns, boolean nullSafe, Supplier<PreflightQuery> query) {
        return AddedColumns.guard(t.name(), added.among(t, columns), nullSafe).orElseGet(query);
    }

    private void alterColumn(AlterColumn x, Table t, List<PreflightProbe> out) {
        String col = t.name() + "." + x.to().name();
        Optional<String> using = fixes.using(t.name(), x.to().name());
        if (x.aspects().contains(ColumnAspect.TYPE)) {
            TypeChangeKind k = hooks.classifyTypeChange(x.from().type(), x.to().type());
            String subject = col + " " + x.from().type().sql() + " -> " + x.to().type().sql();
            if (using.isPresent()) {
                out.add(new PreflightProbe(PreflightCheck.CONVERSION, subject, queries.conversionUsing(t, x.to(), using.get())));
            } else if (k == TypeChangeKind.NARROWING) {
                out.add(new PreflightProbe(PreflightCheck.TOO_LONG, subject, queries.narrowing(t, x.from(), x.to())));
            } else if (k == TypeChangeKind.CAST) {
                out.add(new PreflightProbe(PreflightCheck.NOT_CONVERTIBLE, subject, queries.conversion(t, x.from(), x.to())));
            }
        }
        if (x.aspects().contains(ColumnAspect.NULLABLE) && !x.to().nullable()) {
            boolean backfilled = fixes.backfill(t.name(), x.to().name()).isPresent();
            out.add(new PreflightProbe(backfilled ? PreflightCheck.BACKFILLED : PreflightCheck.NULLS, col,
                    queries.nulls(t, x.from().name(), using.orElse(null))));
        }
    }

    private void addColumn(AddColumn x, Table t, List<PreflightProbe> out) {
        Column c = x.column();
        if (c.nullable() || c.defaultExpr() != null || c.identity() != null || c.generated() != null) {
            return;
        }
        if (fixes.backfill(t.name(), c.name()).isPresent()) {
            out.add(new PreflightProbe(PreflightCheck.BACKFILLED, t.name() + "." + c.name(),
                    PreflightQuery.clear("the backfill fills " + t.name() + "." + c.name() + " in existing rows")));
        } else {
            out.add(new PreflightProbe(PreflightCheck.ROWS_FOR_NOT_NULL, t.name(), queries.rows(t)));
        }
    }

    private void enumUses(AlterEnum x, List<PreflightProbe> out) {
        List<String> removed = x.from().values().stream().filter(v -> !x.to().values().contains(v)).toList();
        if (removed.isEmpty()) {
            return;
        }
        for (Table t : current.tables()) {
            for (Column c : t.columns()) {
                if (queries.usesEnum(c, x.from().name())) {
                    out.add(new PreflightProbe(PreflightCheck.ENUM_IN_USE, x.from().name() + " (" + t.name() + "." + c.name() + ")",
                            queries.enumUses(t, c.name(), removed), true));
                }
            }
        }
    }
}
