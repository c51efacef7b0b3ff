package dev.syncdb.postgres;

import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.AddCheck;
import dev.syncdb.diff.SchemaChange.AddColumn;
import dev.syncdb.diff.SchemaChange.AddForeignKey;
import dev.syncdb.diff.SchemaChange.AddPrimaryKey;
import dev.syncdb.diff.SchemaChange.AddUniqueKey;
import dev.syncdb.diff.SchemaChange.AlterColumn;
import dev.syncdb.diff.SchemaChange.AlterEnum;
import dev.syncdb.diff.SchemaChange.AlterTableOptions;
import dev.syncdb.diff.SchemaChange.ReplaceObject;
import dev.syncdb.model.Column;
import dev.syncdb.plan.Hazard;
import dev.syncdb.plan.HazardCode;
import dev.syncdb.plan.RenderContext;

import java.util.ArrayList;
import java.util.List;

import static dev.syncdb.diff.ColumnAspect.GENERATED;
import static dev.syncdb.diff.ColumnAspect.NULLABLE;
import static dev.syncdb.diff.ColumnAspect.TYPE;

/**
 * The hazards only PostgreSQL has: statements that rewrite a whole table (most type changes,
 * SET LOGGED/UNLOGGED, adding a column whose values must be computed per row) and statements that
 * scan a table under a lock that blocks writes (SET NOT NULL, validating a new constraint).
 */
final class PgHazards {

    /** Functions whose call in a new column's default makes PostgreSQL fill every row (a rewrite). */
    private static final List<String> VOLATILE = List.of("nextval(", "random(", "clock_timestamp(",
            "gen_random_uuid(", "uuid_generate_v4(", "timeofday(");

    private PgHazards() {
    }

    static List<Hazard> of(SchemaChange change, RenderContext ctx) {
        List<Hazard> out = new ArrayList<>();
        PgGrantSql.hazards(change, out);
        if (change instanceof AlterColumn c) {
            alterColumn(c, out);
        } else if (change instanceof AddColumn c) {
            addColumn(c, out);
        } else if (change instanceof AlterTableOptions o) {
            tableOptions(o, ctx, out);
        } else if (change instanceof ReplaceObject r) {
            PgObjectHazards.replace(r, ctx, out);
            PgObjectHazards.uniqueViewIndex(r.to(), out);
        } else if (change instanceof dev.syncdb.diff.SchemaChange.CreateObject c) {
            PgObjectHazards.uniqueViewIndex(c.desired(), out);
        } else if (change instanceof AlterEnum e && PostgresDiffHooks.commitsLabelsFirst(e, ctx.desired())
                && !new PostgresDiffHooks().recreatesEnum(e, ctx.desired())) {
            out.add(Hazard.of(HazardCode.COMMITTED_FIRST, "new labels of " + e.to().name() + " are used by later steps"));
        } else if (change instanceof AlterEnum e && !e.onlyAdds()) {
            PgEnumSql.tablesUsing(e.to().name(), ctx).forEach(t -> out.add(Hazard.of(HazardCode.TABLE_REWRITE, t.name())));
        } else if (validates(change) && ctx.current().table(change.table()).isPresent()) {
            out.add(Hazard.of(HazardCode.LONG_LOCK, change.describe()));
        }
        return out;
    }

    private static void tableOptions(AlterTableOptions o, RenderContext ctx, List<Hazard> out) {
        if (PgTableSql.unlogged(o.from()) != PgTableSql.unlogged(o.to())) {
            out.add(Hazard.of(HazardCode.TABLE_REWRITE, o.table()));
        }
        if (!PgTableSql.rowSecurity(o.table(), o.from(), o.to()).isEmpty()) {
            out.add(Hazard.of(HazardCode.ACCESS_CHANGE, "row level security of " + o.table()));
        }
        if (PgPartitions.leaves(o.from(), o.to())) {
            out.add(Hazard.of(HazardCode.DETACH_PARTITION, o.table() + " leaves " + o.from().get(PgPartitions.PARTITION_OF)));
        }
        if (PgPartitions.attaches(o.from(), o.to()) && ctx.current().table(o.table()).isPresent()) {
            out.add(Hazard.of(HazardCode.ATTACH_PARTITION, o.table() + " " + o.to().get(PgPartitions.PARTITION_BOUND)));
            out.add(Hazard.of(HazardCode.LONG_LOCK, "ATTACH PARTITION scans " + o.table()));
        }
    }

    private static void alterColumn(AlterColumn c, List<Hazard> out) {
        String col = c.table() + "." + c.to().name();
        boolean replaced = c.aspects().contains(GENERATED) && c.to().generated() != null;
        if (replaced) {
            if (c.from().generated() == null) {
                out.add(Hazard.of(HazardCode.DROP_COLUMN, col + " (values replaced by its generation expression)"));
            }
            if (c.to().generated().stored()) {
                out.add(Hazard.of(HazardCode.TABLE_REWRITE, col));
            }
            return;
        }
        if (c.aspects().contains(TYPE) && PostgresTypes.rewrites(c.from().type(), c.to().type())) {
            out.add(Hazard.of(HazardCode.TABLE_REWRITE, col + " " + c.from().type() + " -> " + c.to().type()));
        }
        if (c.aspects().contains(NULLABLE) && !c.to().nullable()) {
            out.add(Hazard.of(HazardCode.LONG_LOCK, "SET NOT NULL scans " + c.table() + " (" + c.to().name() + ")"));
        }
    }

    private static void addColumn(AddColumn c, List<Hazard> out) {
        Column col = c.column();
        String d = col.defaultExpr() == null ? "" : col.defaultExpr().toLowerCase();
        boolean perRow = col.identity() != null || (col.generated() != null && col.generated().stored())
                || VOLATILE.stream().anyMatch(d::contains);
        if (perRow) {
            out.add(Hazard.of(HazardCode.TABLE_REWRITE, c.table() + "." + col.name()));
        }
    }

    /** Constraints whose creation scans the existing rows while holding a lock that blocks writes. */
    private static boolean validates(SchemaChange c) {
        return c instanceof AddPrimaryKey || c instanceof AddUniqueKey || c instanceof AddForeignKey
                || (c instanceof AddCheck k && !k.check().expression().endsWith(" NOT VALID"));
    }
}
