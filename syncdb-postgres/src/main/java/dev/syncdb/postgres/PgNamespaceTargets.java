package dev.syncdb.postgres;

import dev.syncdb.diff.ChangeTargets;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of a plan's {@link ChangeTargets} that lives in one of several managed namespaces, with
 * bare names: a model name qualified with another managed namespace ({@code billing.invoices}) belongs
 * to that one, any other name to the first. Creating a namespace itself is left out (it needs CREATE on
 * the database, which the check of a missing namespace asks for).
 */
final class PgNamespaceTargets {

    private PgNamespaceTargets() {
    }

    /** The targets of {@code all} in {@code ns}, one of {@code names} (the run's first first). */
    static ChangeTargets in(ChangeTargets all, List<String> names, String ns) {
        List<String> others = names.subList(1, names.size()).stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        List<ChangeTargets.Created> creates = all.creates().stream()
                .filter(x -> !x.kind().equals("schema") && owner(x.name(), names, others).equals(ns))
                .map(x -> new ChangeTargets.Created(x.kind(), bare(x.name(), ns, names))).toList();
        Map<String, String> referenced = new LinkedHashMap<>();
        all.referenced().forEach((table, key) -> {
            if (owner(table, names, others).equals(ns)) {
                referenced.put(bare(table, ns, names), key);
            }
        });
        return new ChangeTargets(creates, only(all.relations(), names, others, ns), only(all.types(), names, others, ns),
                referenced);
    }

    private static Set<String> only(Set<String> modelNames, List<String> names, List<String> others, String ns) {
        Set<String> out = new LinkedHashSet<>();
        modelNames.stream().filter(n -> owner(n, names, others).equals(ns)).forEach(n -> out.add(bare(n, ns, names)));
        return out;
    }

    /** The managed namespace a model name lives in. */
    private static String owner(String modelName, List<String> names, List<String> others) {
        return others.stream().filter(o -> modelName.startsWith(o + ".")).findFirst().orElse(names.get(0));
    }

    private static String bare(String modelName, String ns, List<String> names) {
        return ns.equals(names.get(0)) ? modelName : modelName.substring(ns.length() + 1);
    }
}
