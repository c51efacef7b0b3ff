package dev.syncdb.dialect;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a dialect may know about the process it runs in, handed to it by the caller instead of read
 * from globals: the environment variables (e.g. a password variable, the tool search path, the home
 * directory where client password files live), the user name to record as a lock holder, where
 * warnings go (e.g. a scratch place that could not be removed), and a client option file the user
 * named on the command line (read instead of the dialect's usual one). Tests pass their own to
 * control all of them.
 */
public record DialectContext(Map<String, String> env, String userName, Consumer<String> warnings, Path clientFile) {

    public DialectContext {
        env = Map.copyOf(env);
        userName = userName == null ? "unknown" : userName;
        Objects.requireNonNull(warnings, "warnings");
    }

    /** A context without a client option file named on the command line. */
    public DialectContext(Map<String, String> env, String userName, Consumer<String> warnings) {
        this(env, userName, warnings, null);
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

    /**
     * The user's home directory as the environment says ({@code HOME}, on Windows {@code USERPROFILE}),
     * or null when neither is set: then no per-user client file is read.
     */
    public Path home() {
        String home = env.get("HOME");
        if (home == null || home.isBlank()) {
            home = env.get("USERPROFILE");
        }
        return home == null || home.isBlank() ? null : Path.of(home);
    }

    /** Tells the user about something that went wrong but does not fail the run. */
    public void warn(String message) {
        warnings.accept(message);
    }

    /** The same context with these environment variables. */
    public DialectContext withEnv(Map<String, String> variables) {
        return new DialectContext(variables, userName, warnings, clientFile);
    }

    /** The same context with this client option file (null: none). */
    public DialectContext withClientFile(Path file) {
        return new DialectContext(env, userName, warnings, file);
    }
}
