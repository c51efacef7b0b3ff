package dev.syncdb.cli;

import dev.syncdb.cli.wizard.Prompt;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** Runs the command line in-process with captured streams, a given environment and working directory. */
final class CliRunner {

    /** What one run printed and returned. */
    record Result(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    /** A terminal that answers questions from a script and records what was asked. */
    static final class ScriptedPrompt implements Prompt {
        private final Deque<String> answers;
        final List<String> questions = new ArrayList<>();

        ScriptedPrompt(String... answers) {
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public boolean interactive() {
            return true;
        }

        @Override
        public String ask(String question) {
            questions.add(question);
            return answers.poll();
        }
    }

    private CliRunner() {
    }

    static Result run(Path workDir, Map<String, String> env, String... args) {
        return run(workDir, env, Prompt.none(), args);
    }

    static Result run(Path workDir, Map<String, String> env, Prompt prompt, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int code = Main.run(args, new CliContext(o, e, env, workDir, prompt));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Result run(Path workDir, String... args) {
        return run(workDir, Map.of(), args);
    }
}
