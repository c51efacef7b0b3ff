package dev.syncdb.plan;

import dev.syncdb.diff.DiffHooks;
import dev.syncdb.diff.RenamedSchema;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.CreateTable;
import dev.syncdb.model.Schema;
import dev.syncdb.plan.PreflightFinding.Status;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The live-data preflight of a plan: before anything runs, read-only queries on the real rows tell,
 * for each risky step, whether it will succeed and what it would lose. Every query is bounded by a
 * timeout and runs in a transaction that is rolled back, so nothing is changed and no lock is kept.
 * The plan's renames run first in that transaction, so the probes see the new names; {@code current}
 * is the schema as renamed.
 */
public final class Preflight {
    private final PreflightQueries queries;
    private final DiffHooks hooks;
    private final int timeoutSeconds;

    public Preflight(PreflightQueries queries, DiffHooks hooks, int timeoutSeconds) {
        this.queries = queries;
        this.hooks = hooks;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** One report per step that needs a check, in plan order. */
    public List<PreflightReport> run(Connection c, Plan plan, Schema current, DataFixes fixes) throws SQLException {
        Set<String> newTables = plan.steps().stream().map(PlanStep::change).filter(ch -> ch instanceof CreateTable)
                .map(SchemaChange::table).collect(Collectors.toSet());
        PreflightProbes probes = new PreflightProbes(queries, hooks, current, newTables, fixes,
                new AddedColumns(plan.steps().stream().map(PlanStep::change).filter(java.util.Objects::nonNull).toList()));
        List<PreflightReport> out = new ArrayList<>();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            renameFirst(c, plan);
            for (int i = 0; i < plan.steps().size(); i++) {
                PlanStep step = plan.steps().get(i);
                List<PreflightProbe> ps = step.change() == null ? List.of() : probes.of(step.change());
                if (!ps.isEmpty()) {
                    List<PreflightFinding> findings = new ArrayList<>();
                    for (PreflightProbe p : ps) {
                        findings.addAll(probe(c, p, plan));
                    }
                    out.add(new PreflightReport(i, step.comment(), findings));
                }
            }
        } finally {
            c.rollback();
            c.setAutoCommit(autoCommit);
        }
        return out;
    }

    /**
     * Runs the plan's renames and moves inside the preflight's transaction (rolled back afterwards),
     * since every later step, and so every probe, names tables and columns by their new names; and
     * before them the namespaces the plan creates, which an object may move into.
     */
    private void renameFirst(Connection c, Plan plan) throws SQLException {
        for (PlanStep step : plan.steps()) {
            if (step.change() != null && (RenamedSchema.isRename(step.change())
                    || Phase.of(step.change()) == Phase.CREATE_SCHEMAS)) {
                for (dev.syncdb.plan.Statement s : step.statements()) {
                    try (Statement st = c.createStatement()) {
                        st.setQueryTimeout(timeoutSeconds);
                        st.execute(s.sql());
                    }
                }
            }
        }
    }

    private List<PreflightFinding> probe(Connection c, PreflightProbe p, Plan plan) throws SQLException {
        PreflightQuery q = p.query();
        if (q.kind() == PreflightQuery.Kind.CLEAR) {
            return List.of(new PreflightFinding(p.check().id(), Status.CLEAR, 0, List.of(), q.note()));
        }
        if (q.kind() == PreflightQuery.Kind.UNCHECKED) {
            return List.of(new PreflightFinding(p.check().id(), Status.NOT_CHECKED, 0, List.of(), "not checked: " + q.note()));
        }
        try {
            List<Row> rows = query(c, q.sql());
            return p.perLabel() ? perLabel(p, rows) : List.of(total(p, rows));
        } catch (SQLException e) {
            rollback(c);
            renameFirst(c, plan);
            String why = oneLine(e.getMessage());
            if (q.errorBlocks()) {
                return List.of(new PreflightFinding(p.check().id(), Status.BLOCKS, 1, List.of(),
                        "the conversion of " + p.subject() + " fails: " + why));
            }
            return List.of(new PreflightFinding(p.check().id(), Status.NOT_CHECKED, 0, List.of(),
                    "not checked: " + p.subject() + ": " + why));
        }
    }

    /** One result row: a count and a sample (may be null). */
    private record Row(long count, String sample) {
    }

    private List<Row> query(Connection c, String sql) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            st.setQueryTimeout(timeoutSeconds);
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2)));
                }
            }
        }
        return rows;
    }

    private static PreflightFinding total(PreflightProbe p, List<Row> rows) {
        long count = rows.isEmpty() ? 0 : rows.get(0).count();
        List<String> samples = rows.stream().map(Row::sample).filter(s -> s != null).toList();
        return finding(p.check(), count, p.subject(), samples);
    }

    private static List<PreflightFinding> perLabel(PreflightProbe p, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of(finding(p.check(), 0, p.subject(), List.of()));
        }
        return rows.stream().map(r -> finding(p.check(), r.count(), "'" + r.sample() + "' of " + p.subject(), List.of()))
                .toList();
    }

    private static PreflightFinding finding(PreflightCheck check, long count, String subject, List<String> samples) {
        Status status = count == 0 ? Status.CLEAR : check.blocks() ? Status.BLOCKS
                : check == PreflightCheck.BACKFILLED ? Status.CLEAR : Status.LOSES;
        return new PreflightFinding(check.id(), status, count, samples, check.message(count, subject, samples));
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the next query reports the broken connection
        }
    }

    private static String oneLine(String message) {
        return message == null ? "(no message)" : message.strip().lines().findFirst().orElse("");
    }
}
