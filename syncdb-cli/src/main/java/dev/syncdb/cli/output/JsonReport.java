package dev.syncdb.cli.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.syncdb.diff.RenameCandidate;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.engine.migrate.MigrationDriftUseCase;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.model.Unsupported;
import dev.syncdb.plan.Hazard;
import dev.syncdb.plan.PlanStep;
import dev.syncdb.plan.PreflightFinding;
import dev.syncdb.plan.PreflightReport;
import dev.syncdb.plan.Statement;

import java.util.List;

/**
 * The machine-readable form of a plan or check ({@code --json}): target (masked), dialect, server
 * version, schema, desired source, inSync, steps with comment, hazards, SQL, reverse SQL and the
 * live-data preflight of risky steps (verdict and findings), rename suggestions
 * ({@code renameCandidates}: kind, table, from, to, score, reason, option), what the desired source
 * found ({@code source}: summary, details, warnings; only for sources that report, such as entities), and
 * notices about unmanaged objects. Field names are part of the command-line contract.
 */
public final class JsonReport {
    private JsonReport() {
    }

    public static String of(PlanResult r, String desired) {
        return of(r, desired, null, null);
    }

    /**
     * With {@code drift} (not null when a migrations directory exists): a {@code migrations} object with
     * the directory, the pending count, and the uncaptured and drift changes.
     */
    public static String of(PlanResult r, String desired, MigrationDriftUseCase.Result drift, String dir) {
        ObjectNode root = report(r, desired);
        if (drift != null) {
            ObjectNode m = root.putObject("migrations");
            m.put("directory", dir);
            m.put("pending", drift.pending());
            m.put("clean", drift.clean());
            drift.uncaptured().stream().map(SchemaChange::describe).forEach(m.putArray("uncaptured")::add);
            drift.drift().stream().map(SchemaChange::describe).forEach(m.putArray("drift")::add);
        }
        return Json.write(root);
    }

    /** The plan report as a tree, for documents that carry a plan ({@code apply}, {@code verify}, {@code migrate generate}). */
    static ObjectNode report(PlanResult r, String desired) {
        ObjectNode root = Json.object();
        root.put("target", r.maskedUrl());
        root.put("dialect", r.dialect());
        root.put("serverVersion", r.serverVersion());
        root.put("schema", r.schemaName());
        root.put("desired", desired);
        root.put("inSync", r.inSync());
        root.put("online", r.plan().online());
        root.put("destructiveSteps", r.plan().destructiveSteps().size());
        root.put("blockedSteps", r.blocked().size());
        ArrayNode steps = root.putArray("steps");
        for (int i = 0; i < r.plan().steps().size(); i++) {
            ObjectNode node = steps.addObject();
            step(node, r.plan().steps().get(i));
            r.preflight(i).ifPresent(p -> preflight(node.putObject("preflight"), p));
        }
        ArrayNode renames = root.putArray("renameCandidates");
        for (RenameCandidate c : r.renameCandidates()) {
            renames.addObject().put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT)).put("table", c.table())
                    .put("from", c.from()).put("to", c.to()).put("score", c.score()).put("reason", c.reason())
                    .put("option", "--rename " + c.option());
        }
        if (r.source().summary() != null || !r.source().warnings().isEmpty()) {
            ObjectNode source = root.putObject("source");
            source.put("summary", r.source().summary());
            r.source().details().forEach(source.putArray("details")::add);
            r.source().warnings().forEach(source.putArray("warnings")::add);
        }
        ArrayNode notices = root.putArray("notices");
        for (Unsupported u : r.plan().notices()) {
            notices.addObject().put("kind", u.kind()).put("name", u.name()).put("detail", u.detail());
        }
        return root;
    }

    private static void step(ObjectNode node, PlanStep s) {
        node.put("comment", s.comment());
        node.put("destructive", s.destructive());
        ArrayNode hazards = node.putArray("hazards");
        for (Hazard h : s.hazards()) {
            hazards.addObject().put("code", h.code().code()).put("category", h.code().category().name())
                    .put("message", h.message());
        }
        sql(node.putArray("sql"), s.statements());
        sql(node.putArray("reverse"), s.reverse());
        if (s.statements().stream().anyMatch(st -> st.lock() != null)) {
            ArrayNode locks = node.putArray("locks");
            for (Statement st : s.statements()) {
                ObjectNode n = locks.addObject();
                if (st.lock() != null) {
                    n.put("level", st.lock().level()).put("blocksWrites", st.lock().blocksWrites())
                            .put("scans", st.lock().scans());
                    if (st.lock().estimate() != null) {
                        n.put("estimateSeconds", st.lock().estimate().toMillis() / 1000.0);
                    }
                }
            }
        }
    }

    private static void preflight(ObjectNode node, PreflightReport report) {
        node.put("verdict", report.verdict().name());
        ArrayNode findings = node.putArray("findings");
        for (PreflightFinding f : report.findings()) {
            ObjectNode n = findings.addObject().put("check", f.check()).put("status", f.status().name())
                    .put("count", f.count()).put("message", f.message());
            f.samples().forEach(n.putArray("samples")::add);
        }
    }

    private static void sql(ArrayNode array, List<Statement> statements) {
        statements.forEach(st -> array.add(st.sql().strip()));
    }
}
