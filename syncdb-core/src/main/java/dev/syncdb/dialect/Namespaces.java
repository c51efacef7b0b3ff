package dev.syncdb.dialect;

import java.util.Arrays;
import java.util.List;

/**
 * Several managed namespaces carried as one name: a run that manages more than one namespace
 * (a repeated {@code --schema-name}) passes them, in order, as one text joined by NUL, a character
 * no database allows in a name, so every request, session and scratch option keeps its single
 * namespace name. The first namespace is the run's own (where its history table lives, what output
 * names); only a dialect that {@link DatabaseAccess#managesSeveralNamespaces() manages several}
 * ever receives a joined name.
 */
public final class Namespaces {
    private static final String SEPARATOR = "\u0000";

    private Namespaces() {
    }

    /** The names as one; null for none, the name itself for one. */
    public static String join(List<String> names) {
        if (names == null || names.isEmpty()) {
            return null;
        }
        return String.join(SEPARATOR, names);
    }

    /** The names a (possibly joined) name stands for; empty for null. */
    public static List<String> split(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split(SEPARATOR, -1));
    }

    /** The first namespace of a (possibly joined) name, or null. */
    public static String first(String joined) {
        return joined == null ? null : split(joined).get(0);
    }

    /** Whether the name stands for more than one namespace. */
    public static boolean several(String joined) {
        return joined != null && joined.contains(SEPARATOR);
    }

    /** The names for messages: "app, billing". */
    public static String display(String joined) {
        return joined == null ? null : String.join(", ", split(joined));
    }
}
