package dev.syncdb.cli.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.syncdb.engine.fleet.FleetResult;
import dev.syncdb.engine.fleet.TargetOutcome;

/**
 * The {@code --json} report of a fleet run: the command, the exit code, the counts by status, the
 * groups by plan hash (with each plan's SQL), and one entry per target (target, status, plan, time,
 * milliseconds, error, resumed).
 */
public final class FleetJson {

    private FleetJson() {
    }

    public static String of(String command, FleetResult r) {
        ObjectNode root = Json.object();
        root.put("command", command);
        root.put("exitCode", r.exitCode());
        root.put("elapsedMs", r.elapsed().toMillis());
        ObjectNode counts = root.putObject("counts");
        r.counts().forEach((s, n) -> counts.put(s.words(), n));
        ArrayNode groups = root.putArray("groups");
        for (FleetResult.Group g : r.groups()) {
            ObjectNode o = groups.addObject().put("status", g.status().words()).put("count", g.count());
            if (g.planHash() != null) {
                o.put("plan", g.planHash()).put("sql", r.plans().get(g.planHash()));
            }
        }
        ArrayNode targets = root.putArray("targets");
        for (TargetOutcome t : r.outcomes()) {
            ObjectNode o = targets.addObject().put("target", t.target()).put("status", t.status().words());
            o.put("plan", t.planHash()).put("time", t.time().toString()).put("ms", t.took().toMillis());
            o.put("error", t.error()).put("resumed", t.resumed());
        }
        return Json.write(root);
    }
}
