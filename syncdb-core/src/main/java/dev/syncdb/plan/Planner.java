package dev.syncdb.plan;

import dev.syncdb.diff.DiffHooks;
import dev.syncdb.diff.RenamedSchema;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.CreateTable;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Unsupported;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the differ's unordered changes into an ordered {@link Plan}: folds changes a dialect cannot
 * make in place into table rebuilds, adds the drops and re-creates that dependencies force, orders
 * by {@link Phase}, attaches hazards, and renders each step and its reverse. Renames run first, so
 * every later step is planned against the current schema as renamed ({@link RenamedSchema}).
 */
public final class Planner {
    private final DiffHooks hooks;
    private final Renderer renderer;

    public Planner(DiffHooks hooks, Renderer renderer) {
        this.hooks = hooks;
        this.renderer = renderer;
    }

    public Plan plan(Schema current, Schema desired, List<SchemaChange> changes) {
        return plan(current, desired, changes, DataFixes.NONE);
    }

    /** Plans with the user's data fixes ({@code --using}, {@code --backfill}) rendered into the steps. */
    public Plan plan(Schema inspected, Schema desired, List<SchemaChange> changes, DataFixes fixes) {
        return plan(inspected, desired, changes, fixes, OnlineTables.NONE);
    }

    /**
     * Plans with data fixes, changing the tables {@code online} covers without blocking the application:
     * the renderer writes their statements with their locks, and a step none of whose statements
     * holds a write-blocking lock while it reads the rows loses its LK302 hazard.
     */
    public Plan plan(Schema inspected, Schema desired, List<SchemaChange> changes, DataFixes fixes,
                     OnlineTables online) {
        Schema current = RenamedSchema.of(inspected, changes);
        List<SchemaChange> folded = Rebuilds.fold(changes, current, desired, hooks);
        Dependents.Expanded expanded = Dependents.expand(folded, current, desired, hooks);
        List<SchemaChange> ordered = Ordering.order(Regrants.expand(expanded.changes(), current, desired, hooks),
                expanded.dropFirst());
        Set<String> newTables = ordered.stream().filter(c -> c instanceof CreateTable)
                .map(SchemaChange::table).collect(Collectors.toSet());
        Hazards hazards = new Hazards(hooks, newTables, current, desired);
        RenderContext ctx = new RenderContext(current, desired, fixes, online);
        Set<String> droppedTables = ordered.stream().filter(c -> c instanceof SchemaChange.DropTable)
                .map(SchemaChange::table).collect(Collectors.toSet());
        List<PlanStep> steps = new ArrayList<>();
        for (SchemaChange c : ordered) {
            PlanStep step = step(c, hazards, ctx);
            if (!carriedByItsTable(step, newTables, droppedTables)) {
                steps.add(step);
            }
        }
        List<Unsupported> notices = new ArrayList<>(desired.unsupported());
        inspected.unsupported().stream().filter(u -> !notices.contains(u)).forEach(notices::add);
        return new Plan(steps, notices, online.any());
    }

    /**
     * Whether a step is a foreign key that the dialect renders as part of its table's own CREATE or
     * DROP TABLE in this plan (no statement of its own), so listing it would show a step that does nothing.
     */
    private static boolean carriedByItsTable(PlanStep step, Set<String> created, Set<String> dropped) {
        SchemaChange c = step.change();
        return step.statements().isEmpty() && (c instanceof SchemaChange.AddForeignKey && created.contains(c.table())
                || c instanceof SchemaChange.DropForeignKey && dropped.contains(c.table()));
    }

    private PlanStep step(SchemaChange c, Hazards hazards, RenderContext ctx) {
        List<Hazard> hs = new ArrayList<>(hazards.of(c));
        renderer.hazards(c, ctx).stream().filter(h -> !hs.contains(h)).forEach(hs::add);
        List<Statement> sql = renderer.render(c, ctx);
        if (ctx.online().covers(c.table()) && !sql.isEmpty()
                && sql.stream().allMatch(st -> st.lock() != null && !st.lock().blocksWritesLong())) {
            hs.removeIf(h -> h.code() == HazardCode.LONG_LOCK);
        }
        return new PlanStep(c, c.describe(), hs, sql, reverse(c, ctx));
    }

    private List<Statement> reverse(SchemaChange c, RenderContext ctx) {
        try {
            return renderer.render(Inverse.of(c), ctx.reversed());
        } catch (UnsupportedOperationException e) {
            return List.of();
        }
    }
}
