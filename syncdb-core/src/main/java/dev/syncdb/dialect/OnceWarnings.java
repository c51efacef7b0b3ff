package dev.syncdb.dialect;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Warnings said once per context and subject: a dialect connects several times in one run (target,
 * scratch place, lock), and a warning about, say, a password file should appear once, not per connection.
 */
public final class OnceWarnings {
    private static final Map<DialectContext, Set<String>> SAID = Collections.synchronizedMap(new WeakHashMap<>());

    private OnceWarnings() {
    }

    /** Passes {@code message} to the context's warnings unless a warning about {@code subject} went there already. */
    public static void warn(DialectContext context, String subject, String message) {
        if (SAID.computeIfAbsent(context, c -> Collections.synchronizedSet(new HashSet<>())).add(subject)) {
            context.warn(message);
        }
    }
}
