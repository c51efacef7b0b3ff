package dev.syncdb.postgres;

import dev.syncdb.dialect.Namespaces;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * How PostgreSQL spells model names when a run manages several namespaces ({@link Namespaces}). A
 * table, view, sequence or enum type of the first namespace keeps its bare name; one of another
 * managed namespace is named {@code namespace.name} in the model (e.g. {@code billing.invoices}), so
 * the differ, the planner and every dependency see distinct names and need no namespace of their own.
 *
 * <p>A name alone does not say whether its dot is a qualifier, so rendering runs inside
 * {@link #within}, which makes the run's namespaces known to {@link #sql(String)} on the current
 * thread; outside it (every single-namespace run) names are spelled as before.
 */
final class PgNamespaces {
    private static final ThreadLocal<List<String>> OTHERS = ThreadLocal.withInitial(List::of);

    private PgNamespaces() {
    }

    /** Runs {@code work} with the namespaces of {@code joined} (a schema's name) known to {@link #sql}. */
    static <T> T within(String joined, Supplier<T> work) {
        if (!Namespaces.several(joined)) {
            return work.get();
        }
        List<String> before = OTHERS.get();
        List<String> names = Namespaces.split(joined);
        OTHERS.set(names.subList(1, names.size()).stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList());
        try {
            return work.get();
        } finally {
            OTHERS.set(before);
        }
    }

    /** The model name of {@code name} in namespace {@code namespace}, which is not the run's first. */
    static String qualify(String namespace, String name) {
        return namespace + "." + name;
    }

    /** The managed namespace (not the first) a model name is qualified with, or null. */
    static String namespaceOf(String modelName) {
        for (String n : OTHERS.get()) {
            if (modelName.startsWith(n + ".")) {
                return n;
            }
        }
        return null;
    }

    /** A relation or type name of the model as SQL: qualified when it lives in another managed namespace. */
    static String sql(String modelName) {
        String namespace = namespaceOf(modelName);
        return namespace == null ? PostgresQuote.ident(modelName)
                : PostgresQuote.ident(namespace) + "." + PostgresQuote.ident(modelName.substring(namespace.length() + 1));
    }

    /** The bare name of a model name (without its namespace). */
    static String bare(String modelName) {
        String namespace = namespaceOf(modelName);
        return namespace == null ? modelName : modelName.substring(namespace.length() + 1);
    }

    /**
     * A model name of a run that manages {@code joined} (one namespace or several) as a fully
     * qualified SQL name, whatever the search path: {@code "app"."customers"}, {@code "billing"."invoices"}.
     */
    static String fullyQualified(String joined, String modelName) {
        List<String> names = Namespaces.split(joined);
        String namespace = names.subList(1, names.size()).stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .filter(n -> modelName.startsWith(n + ".")).findFirst().orElse(null);
        return namespace == null ? PostgresQuote.always(names.get(0)) + "." + PostgresQuote.always(modelName)
                : PostgresQuote.always(namespace) + "." + PostgresQuote.always(modelName.substring(namespace.length() + 1));
    }

    /**
     * An object that lives in its table's namespace (an index, a trigger's table-less drop): {@code name}
     * qualified like {@code table}.
     */
    static String sqlBeside(String table, String name) {
        String namespace = namespaceOf(table);
        return namespace == null ? PostgresQuote.ident(name) : PostgresQuote.ident(namespace) + "." + PostgresQuote.ident(name);
    }
}
