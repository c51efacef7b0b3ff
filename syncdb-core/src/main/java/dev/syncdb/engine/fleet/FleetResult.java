package dev.syncdb.engine.fleet;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a fleet run did: one outcome per target in the order the targets were given, the SQL of each
 * distinct plan (by plan hash, from the first target that had it), and how long the run took.
 */
public record FleetResult(List<TargetOutcome> outcomes, Map<String, String> plans, Duration elapsed) {

    public FleetResult {
        outcomes = List.copyOf(outcomes);
        plans = Map.copyOf(plans);
    }

    /** One group of targets with the same status and plan: {@code planHash} null = no plan. */
    public record Group(TargetStatus status, String planHash, int count) {
    }

    /** How many targets ended in each status (statuses with none left out). */
    public Map<TargetStatus, Integer> counts() {
        Map<TargetStatus, Integer> out = new EnumMap<>(TargetStatus.class);
        outcomes.forEach(o -> out.merge(o.status(), 1, Integer::sum));
        return out;
    }

    /**
     * The targets grouped by status and plan hash, largest group first: targets that drifted
     * differently from the rest stand out as their own small group.
     */
    public List<Group> groups() {
        Map<List<Object>, Integer> n = new LinkedHashMap<>();
        for (TargetOutcome o : outcomes) {
            n.merge(java.util.Arrays.asList(o.status(), o.planHash()), 1, Integer::sum);
        }
        return n.entrySet().stream()
                .map(e -> new Group((TargetStatus) e.getKey().get(0), (String) e.getKey().get(1), e.getValue()))
                .sorted(java.util.Comparator.comparingInt(Group::count).reversed()).toList();
    }

    /**
     * Exit code of the run: 1 when a target failed, else 3 when one was refused, else 2 when one
     * differs, else 0 (a fleet only skips targets after a failure or refusal).
     */
    public int exitCode() {
        Map<TargetStatus, Integer> c = counts();
        if (c.containsKey(TargetStatus.FAILED)) {
            return 1;
        }
        if (c.containsKey(TargetStatus.REFUSED)) {
            return 3;
        }
        return c.containsKey(TargetStatus.DIFFERENT) ? 2 : 0;
    }
}
