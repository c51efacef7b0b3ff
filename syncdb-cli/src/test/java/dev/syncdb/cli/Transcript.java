package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A shell session as the README shows one: each command run in-process as {@code $ syncdb ARGS}
 * followed by what it printed (stdout and stderr in the order written, without progress lines), plus comments, {@code echo $?} and {@code cat}.
 */
final class Transcript {
    /**
     * The lines of a run's progress on stderr without a terminal (a step started, a heartbeat, done or
     * stopped): they appear only when a run takes longer than a second, so they depend on the machine's
     * speed and are left out of a transcript (ProgressCliTest checks them).
     */
    static final java.util.regex.Pattern PROGRESS = java.util.regex.Pattern.compile(
            "  (\\[\\d+/\\d+] .+ \\(at \\d+(\\.\\d)? s\\)|\\.\\.\\. still running: .+ \\(\\d+(\\.\\d)? s\\)"
                    + "|\\S.*: (\\d+ steps )?done in \\d+(\\.\\d)? s|\\S.*: stopped at step \\d+/\\d+ after \\d+(\\.\\d)? s"
                    + "|(backup into|restore of) .+ \\(at \\d+(\\.\\d)? s\\)|[^\\[ ].* \\(at \\d+(\\.\\d)? s\\))");
    private final Path dir;
    private final Map<String, String> env;
    private final String launcher;
    private final List<String> lines = new ArrayList<>();
    private Result last;

    Transcript(Path dir, Map<String, String> env, String launcher) {
        this.dir = dir;
        this.env = env;
        this.launcher = launcher;
    }

    /** Runs {@code args}, recording the command line and its output. */
    Result run(String... args) {
        lines.add("$ " + launcher + " " + shown(args));
        java.io.ByteArrayOutputStream both = new java.io.ByteArrayOutputStream();
        java.io.PrintStream s = new java.io.PrintStream(both, true, java.nio.charset.StandardCharsets.UTF_8);
        int code = Main.run(args, new CliContext(s, s, env, dir, dev.syncdb.cli.wizard.Prompt.none()));
        String text = both.toString(java.nio.charset.StandardCharsets.UTF_8);
        lines.addAll(text.lines().filter(l -> !PROGRESS.matcher(l).matches()).toList());
        last = new Result(code, text, "");
        return last;
    }

    /** Records only what a command printed (a block that shows no command line). */
    Result output(Result r) {
        last = r;
        lines.addAll(r.out().lines().toList());
        lines.addAll(r.err().lines().filter(l -> !PROGRESS.matcher(l).matches()).toList());
        return r;
    }

    /** Records a line as it is ({@code $ # a comment}, a step the README narrates). */
    Transcript say(String line) {
        lines.add(line);
        return this;
    }

    /** {@code $ echo $?}: the last command's exit code. */
    Transcript echoExit() {
        lines.add("$ echo $?");
        lines.add(String.valueOf(last.code()));
        return this;
    }

    /** {@code $ cat FILE}: a file under the working directory. */
    Transcript cat(String file) throws IOException {
        lines.add("$ cat " + file);
        lines.addAll(Files.readAllLines(dir.resolve(file)));
        return this;
    }

    Result last() {
        return last;
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    private static String shown(String... args) {
        List<String> parts = new ArrayList<>();
        for (String a : args) {
            parts.add(a.isEmpty() || !a.matches("[A-Za-z0-9_./:=,@+-]+") ? "\"" + a + "\"" : a);
        }
        return String.join(" ", parts);
    }
}
