package dev.syncdb.dialect;

import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a dialect may know about the process it runs in, handed to it by the caller instead of read
 * from globals: the environment variables (e.g. a password variable, the tool search path), the
 * user name to record as a lock holder, and where warnings go (e.g. a scratch place that could not
 * be removed). Tests pass their own to control all three.
 */
public record DialectContext(Map<String, String> env, String userName, Consumer<String> warnings) {

    public DialectContext {
        env = Map.copyOf(env);
        userName = userName == null ? "unknown" : userName;
        Objects.requireNonNull(warnings, "warnings");
    }

    /** The context of this JVM process: its environment, its user, warnings on standard error. */
    public static DialectContext system() {
        return new DialectContext(System.getenv(), System.getProperty("user.name", "unknown"),
                message -> System.err.println("warning: " + message));
    }

    /** The environment variable {@code name}, or null when it is not set. */
    public String env(String name) {
        return env.get(name);
    }

    /** Tells the user about something that went wrong but does not fail the run. */
    public void warn(String message) {
        warnings.accept(message);
    }

    /** The same context with these environment variables. */
    public DialectContext withEnv(Map<String, String> variables) {
        return new DialectContext(variables, userName, warnings);
    }
}
