package dev.syncdb.cli.output;

import dev.syncdb.cli.diagram.DiagramSvg;
import dev.syncdb.cli.diagram.Xml;
import dev.syncdb.diagram.Diagram;
import dev.syncdb.diagram.DiagramBuilder;
import dev.syncdb.dialect.BackupResult;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.plan.Hazard;
import dev.syncdb.plan.HazardCode;
import dev.syncdb.plan.PlanStep;
import dev.syncdb.plan.PreflightFinding;
import dev.syncdb.plan.PreflightReport;
import dev.syncdb.plan.Statement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A plan as one self-contained HTML page for review: a summary (target with its password masked,
 * steps counted by hazard), the diagram of the change as inline SVG, each step with its hazards,
 * preflight findings and syntax-highlighted SQL, and, after an apply, its outcome and the backup it
 * took. CSS, script and pictures are inline, so the page needs no network to view; everything that
 * comes from the database or the schema files is HTML-escaped.
 */
public final class ReviewPage {
    private final String heading;

    /** A page headed {@code heading} ("Plan", "Check", "Apply report"). */
    public ReviewPage(String heading) {
        this.heading = heading;
    }

    /** What an apply adds to the page: its outcome, how long it took, and the backup it took (null when none). */
    public record Applied(String outcome, Duration elapsed, BackupResult backup) {
    }

    public String render(PlanResult r, String desired, Applied applied) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>syncdb ").append(esc(heading)).append(": ").append(esc(r.maskedUrl())).append("</title>\n")
                .append("<style>\n").append(resource("review.css")).append("</style>\n")
                .append("<script>\n").append(resource("review.js")).append("</script>\n</head>\n<body><main>\n")
                .append("<h1>syncdb ").append(esc(heading)).append("</h1>\n")
                .append("<p class=\"sub\">").append(esc(r.maskedUrl())).append("</p>\n");
        facts(h, r, desired);
        summary(h, r, applied);
        if (!r.inSync()) {
            diagram(h, r);
            steps(h, r);
        }
        h.append("<footer>Written by syncdb. Nothing on this page loads from the network.</footer>\n</main></body></html>\n");
        return h.toString();
    }

    private static void facts(StringBuilder h, PlanResult r, String desired) {
        h.append("<table class=\"facts\">\n");
        fact(h, "target", r.maskedUrl());
        fact(h, "database", r.dialect() + (r.serverVersion() == null ? "" : " (" + r.serverVersion() + ")"));
        if (r.schemaName() != null) {
            fact(h, "schema", r.schemaName());
        }
        fact(h, "desired", desired);
        h.append("</table>\n");
        r.plan().notices().forEach(u -> h.append("<p class=\"note\">not managed: ").append(esc(u.kind() + " " + u.name()))
                .append(u.detail() == null || u.detail().isBlank() ? "" : " (" + esc(u.detail()) + ")").append("</p>\n"));
    }

    private static void fact(StringBuilder h, String name, String value) {
        h.append("<tr><th>").append(esc(name)).append("</th><td>").append(esc(value)).append("</td></tr>\n");
    }

    private static void summary(StringBuilder h, PlanResult r, Applied applied) {
        h.append("<h2>Summary</h2>\n");
        if (r.inSync()) {
            h.append("<p class=\"insync\">").append(esc(PlanText.NO_CHANGES)).append("</p>\n");
        }
        int steps = r.plan().steps().size();
        int destructive = r.plan().destructiveSteps().size();
        int blocked = r.blocked().size();
        h.append("<div class=\"cards\">");
        card(h, "", steps, steps == 1 ? "step" : "steps");
        card(h, destructive > 0 ? "bad" : "ok", destructive, "destructive");
        card(h, blocked > 0 ? "warn" : "ok", blocked, "blocked by the data");
        h.append("</div>\n");
        Map<HazardCode, Integer> byHazard = new TreeMap<>();
        r.plan().steps().forEach(s -> s.hazards().stream().map(Hazard::code).distinct().forEach(c -> byHazard.merge(c, 1, Integer::sum)));
        if (!byHazard.isEmpty()) {
            h.append("<table class=\"facts hazards-summary\"><tr><th>hazard</th><th>steps</th><th>meaning</th></tr>\n");
            byHazard.forEach((code, n) -> h.append("<tr><td>").append(badge(code)).append("</td><td>").append(n)
                    .append("</td><td>").append(esc(code.meaning())).append("</td></tr>\n"));
            h.append("</table>\n");
        }
        if (applied != null) {
            applied(h, applied);
        }
    }

    private static void card(StringBuilder h, String cls, int n, String label) {
        h.append("<div class=\"card ").append(cls).append("\"><b>").append(n).append("</b>").append(esc(label)).append("</div>");
    }

    private static void applied(StringBuilder h, Applied a) {
        h.append("<h2>Apply</h2>\n<table class=\"facts\">\n");
        fact(h, "outcome", a.outcome());
        if (a.elapsed() != null) {
            fact(h, "took", a.elapsed().toMillis() + " ms");
        }
        if (a.backup() != null) {
            BackupResult b = a.backup();
            fact(h, "backup", b.file().toAbsolutePath() + " (" + b.method() + ", " + b.tables() + " tables, " + b.rows() + " rows, "
                    + b.bytes() + " bytes)");
        } else {
            fact(h, "backup", "none taken");
        }
        h.append("</table>\n");
    }

    private static void diagram(StringBuilder h, PlanResult r) {
        Diagram d = DiagramBuilder.ofChange(r.current(), r.desired(), r.changes(), "change of " + r.maskedUrl());
        h.append("<h2>Diagram of the change</h2>\n");
        if (d.tables().isEmpty()) {
            h.append("<p class=\"note\">The change touches no table.</p>\n");
            return;
        }
        h.append("<div class=\"diagram\">\n").append(DiagramSvg.render(d)).append("</div>\n");
    }

    private static void steps(StringBuilder h, PlanResult r) {
        h.append("<h2>Steps</h2>\n");
        List<PlanStep> steps = r.plan().steps();
        for (int i = 0; i < steps.size(); i++) {
            PlanStep s = steps.get(i);
            PreflightReport pre = r.preflight(i).orElse(null);
            String cls = s.destructive() ? " destructive" : pre != null && pre.blocked() ? " blocked" : "";
            h.append("<details class=\"step").append(cls).append("\" open><summary><b>").append(i + 1).append(".</b> ")
                    .append(esc(s.comment()));
            s.hazards().stream().map(Hazard::code).distinct().forEach(c -> h.append(' ').append(badge(c)));
            h.append("</summary>\n<div class=\"body\">\n");
            if (!s.hazards().isEmpty()) {
                h.append("<ul class=\"hazards\">");
                s.hazards().forEach(z -> h.append("<li>").append(badge(z.code())).append(esc(z.message())).append("</li>"));
                h.append("</ul>\n");
            }
            findings(h, pre);
            for (Statement st : s.statements()) {
                if (!st.transactional()) {
                    h.append("<div class=\"outside\">runs outside the transaction</div>");
                }
                h.append("<pre class=\"sql\"><code>").append(SqlHighlight.html(PlanText.terminated(st.sql()))).append("</code></pre>\n");
            }
            h.append("</div></details>\n");
        }
    }

    private static void findings(StringBuilder h, PreflightReport pre) {
        if (pre == null || pre.findings().isEmpty()) {
            return;
        }
        h.append("<ul class=\"findings\">");
        for (PreflightFinding f : pre.findings()) {
            h.append("<li class=\"finding ").append(f.status().name()).append("\">preflight ")
                    .append(esc(f.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))).append(": ")
                    .append(esc(f.message()));
            if (f.count() > 0) {
                h.append(" <b>(").append(f.count()).append(")</b>");
            }
            if (!f.samples().isEmpty()) {
                h.append("<div class=\"samples\">samples: ");
                f.samples().forEach(v -> h.append("<code>").append(esc(v)).append("</code>"));
                h.append("</div>");
            }
            h.append("</li>");
        }
        h.append("</ul>\n");
    }

    private static String badge(HazardCode c) {
        return "<span class=\"badge " + c.category().name() + "\" title=\"" + esc(c.meaning()) + "\">" + esc(c.code()) + "</span>";
    }

    private static String esc(String s) {
        return Xml.escape(s);
    }

    private static String resource(String name) {
        try (InputStream in = ReviewPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
