package dev.syncdb.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a diagram into the groups of tables that foreign keys connect (the connected components of
 * the relationship graph, direction ignored), so a large schema is drawn as several small pictures.
 * Groups come largest first, ties in the order of their first table; the tables no relationship
 * touches form one last group of their own.
 */
public final class Clusters {
    private Clusters() {
    }

    public static List<Diagram> of(Diagram d) {
        Map<String, String> parent = new HashMap<>();
        d.tables().forEach(t -> parent.put(t.name(), t.name()));
        for (Relationship r : d.relationships()) {
            if (parent.containsKey(r.from()) && parent.containsKey(r.to())) {
                parent.put(root(parent, r.from()), root(parent, r.to()));
            }
        }
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        Set<String> alone = new LinkedHashSet<>();
        Set<String> linked = new java.util.HashSet<>();
        d.relationships().forEach(r -> {
            linked.add(r.from());
            linked.add(r.to());
        });
        for (DiagramTable t : d.tables()) {
            if (linked.contains(t.name())) {
                groups.computeIfAbsent(root(parent, t.name()), k -> new LinkedHashSet<>()).add(t.name());
            } else {
                alone.add(t.name());
            }
        }
        List<Set<String>> ordered = new ArrayList<>(groups.values());
        ordered.sort(Comparator.comparingInt((Set<String> g) -> g.size()).reversed());
        if (!alone.isEmpty()) {
            ordered.add(alone);
        }
        return ordered.stream().map(g -> d.only(g::contains)).toList();
    }

    private static String root(Map<String, String> parent, String n) {
        String r = n;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        parent.put(n, r);
        return r;
    }
}
