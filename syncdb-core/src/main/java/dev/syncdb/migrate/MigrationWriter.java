package dev.syncdb.migrate;

import dev.syncdb.plan.Hazard;
import dev.syncdb.plan.Plan;
import dev.syncdb.plan.PlanStep;
import dev.syncdb.plan.Statement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a generated migration pair: plain SQL any runner (Flyway too) can execute. The up
 * file holds the plan's steps in order; the down file holds each step's reverse, steps in reverse
 * order. Both start with a header comment saying what changed and its hazards; destructive steps
 * and steps without a reverse are marked where they are.
 */
public final class MigrationWriter {
    private final Version version;
    private final String message;
    private final String origin;
    private final Instant when;
    private final MigrationFormat format;

    /** {@code origin} says what was compared, e.g. "postgresql, schema public, desired schema.sql". */
    public MigrationWriter(Version version, String message, String origin, Instant when) {
        this(version, message, origin, when, MigrationFormat.SYNCDB);
    }

    /**
     * A writer of {@code format}: in Flyway's, a file with a statement that must run outside a
     * transaction says so with {@value MigrationScript#NO_TRANSACTION} (for syncdb) and its
     * {@link #config script configuration} (for Flyway), instead of asking to move the statement.
     */
    public MigrationWriter(Version version, String message, String origin, Instant when, MigrationFormat format) {
        this.version = version;
        this.message = message;
        this.origin = origin;
        this.when = when;
        this.format = format;
    }

    /** Whether every statement of {@code plan} (its reverses when {@code down}) may run in a transaction. */
    public static boolean transactional(Plan plan, boolean down) {
        return (down || !plan.online())
                && plan.steps().stream().flatMap(s -> (down ? s.reverse() : s.statements()).stream()).allMatch(Statement::transactional);
    }

    /** The Flyway script configuration ({@code <file>.conf}) of the up or down file's {@code text}; null = none. */
    public String config(Plan plan, String text, boolean down) {
        return format.scriptConfig(text, transactional(plan, down));
    }

    private void outsideTransaction(StringBuilder b, Plan plan, boolean down) {
        if (format == MigrationFormat.FLYWAY && !transactional(plan, down)) {
            b.append("-- runs outside a transaction (a statement the database refuses inside one); Flyway reads this\n")
                    .append("-- from the .conf file beside it (executeInTransaction=false), syncdb from the next line\n")
                    .append(MigrationScript.NO_TRANSACTION).append('\n');
        }
    }

    public String up(Plan plan) {
        StringBuilder b = new StringBuilder();
        b.append("-- syncdb migration ").append(version).append(": ").append(oneLine(message)).append('\n');
        b.append("-- generated ").append(when).append(" (").append(origin).append(")\n");
        b.append("-- changes (").append(plan.steps().size()).append(plan.steps().size() == 1 ? " step, " : " steps, ").append(plan.destructiveSteps().size())
                .append(" destructive):\n");
        plan.steps().forEach(s -> b.append("--   ").append(s.comment()).append(s.destructive() ? "  [DESTRUCTIVE]" : "").append('\n'));
        List<Hazard> hazards = plan.steps().stream().flatMap(s -> s.hazards().stream()).toList();
        if (!hazards.isEmpty()) {
            b.append("-- hazards:\n");
            hazards.forEach(h -> b.append("--   ").append(h.code().code()).append(' ').append(h.message()).append('\n'));
        }
        if (!plan.destructiveSteps().isEmpty()) {
            b.append("-- DESTRUCTIVE: this migration loses data; it was generated with --allow-destructive\n");
        }
        if (plan.online()) {
            b.append("-- online: made for live tables; each statement runs on its own, outside a transaction\n")
                    .append(MigrationScript.NO_TRANSACTION).append('\n');
        } else {
            outsideTransaction(b, plan, false);
        }
        for (PlanStep s : plan.steps()) {
            b.append('\n').append(s.destructive() ? "-- DESTRUCTIVE: " : "-- ").append(s.comment()).append('\n');
            s.hazards().forEach(h -> b.append("-- hazard ").append(h.code().code()).append(": ").append(h.message()).append('\n'));
            statements(b, s.statements(), plan.online());
        }
        return b.toString();
    }

    public String down(Plan plan, String upFileName) {
        List<PlanStep> steps = new ArrayList<>(plan.steps());
        java.util.Collections.reverse(steps);
        long irreversible = steps.stream().filter(s -> s.reverse().isEmpty()).count();
        StringBuilder b = new StringBuilder();
        b.append("-- syncdb down migration ").append(version).append(": undoes ").append(upFileName).append('\n');
        b.append("-- generated ").append(when).append(" (").append(origin).append(")\n");
        b.append("-- the reverse of each step, steps in reverse order\n");
        if (irreversible > 0) {
            b.append("-- WARNING: ").append(irreversible).append(" step(s) have no automatic reverse; add their SQL by hand\n");
        }
        outsideTransaction(b, plan, true);
        for (PlanStep s : steps) {
            if (s.reverse().isEmpty()) {
                b.append("\n-- CANNOT REVERSE: ").append(s.comment()).append('\n');
                continue;
            }
            b.append("\n-- undo: ").append(s.comment()).append('\n');
            statements(b, s.reverse(), false);
        }
        return b.toString();
    }

    private void statements(StringBuilder b, List<Statement> statements, boolean outside) {
        for (Statement st : statements) {
            if (st.lock() != null) {
                b.append("-- ").append(st.lock().describe()).append('\n');
            }
            if (!st.transactional() && !outside && format == MigrationFormat.SYNCDB) {
                b.append("-- note: the database may refuse this statement inside a transaction; if it does, move it to a\n")
                        .append("-- migration of its own that has the line ").append(MigrationScript.NO_TRANSACTION).append('\n');
            }
            String sql = st.sql().strip();
            b.append(sql.endsWith(";") ? sql : sql + ";").append('\n');
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
