package dev.syncdb.cli;

import dev.syncdb.dialect.DialectContext;
import dev.syncdb.cli.wizard.Prompt;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What one run of the command line works with: its output streams, environment, working
 * directory and prompt. Passed in, never read from globals, so tests run commands side by side.
 */
public record CliContext(PrintStream out, PrintStream err, Map<String, String> env, Path workDir, Prompt prompt) {

    public CliContext {
        env = Map.copyOf(env);
    }

    /**
     * The context a dialect works in during this run: this run's environment, the JVM's user name,
     * and warnings on this run's error stream.
     */
    public DialectContext dialectContext() {
        return new DialectContext(env, System.getProperty("user.name", "unknown"),
                message -> err.println("warning: " + message));
    }

    /**
     * This context with standard output sent to standard error: a {@code --json} run prints its one
     * document on this context's {@link #out()} and runs the command with this one, so everything
     * written for people (backup lines, progress, warnings) lands on standard error.
     */
    public CliContext humanOnStderr() {
        return new CliContext(err, err, env, workDir, prompt);
    }

    /** A path as the user wrote it, relative to the working directory. */
    public Path resolve(String path) {
        return workDir.resolve(path);
    }

    /** Whether output may use ANSI colors: a terminal, no {@code --no-color}, no {@code NO_COLOR}. */
    public boolean color(boolean noColorFlag) {
        return prompt.interactive() && !noColorFlag && !env.containsKey("NO_COLOR");
    }
}
