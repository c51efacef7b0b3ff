package dev.syncdb.cli.wizard;

import dev.syncdb.SyncdbException;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * The prompt through JLine, the command line's one input layer. {@link #system()} is the process's
 * terminal, opened on first use and only when stdin and stdout are a terminal; a dumb terminal
 * counts as none, so piped and CI runs never wait for input. {@link #over} reads answers from given
 * streams through the same line reader, for scripted runs without a TTY. End of input answers
 * nothing (a question whose default is no); Ctrl-C at a question cancels the run (exit 1).
 */
public final class TerminalPrompt implements Prompt {
    public static final String INTERRUPTED = "cancelled with Ctrl-C at a question: nothing was changed";

    private final Supplier<Terminal> open;
    private final boolean system;
    private Terminal terminal;
    private LineReader reader;
    private Boolean interactive;

    private TerminalPrompt(Supplier<Terminal> open, boolean system) {
        this.open = open;
        this.system = system;
    }

    /** The process's terminal. */
    public static TerminalPrompt system() {
        return new TerminalPrompt(() -> build(TerminalBuilder.builder().system(true).dumb(true)), true);
    }

    /** A terminal over the given streams: answers are read from {@code in}, prompts echoed to {@code out}. */
    public static TerminalPrompt over(InputStream in, OutputStream out) {
        // JLine's JNI provider (on the class path for Windows consoles) reads a stream terminal's input
        // ahead of the questions, so answers given on a stream went missing: streams use the plain one
        return new TerminalPrompt(() -> build(TerminalBuilder.builder().system(false).jni(false).streams(in, out)
                .type(Terminal.TYPE_DUMB)), false);
    }

    private static Terminal build(TerminalBuilder builder) {
        try {
            return builder.name("syncdb").build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal", e);
        }
    }

    @Override
    public synchronized boolean interactive() {
        if (interactive == null) {
            interactive = !system || (System.console() != null && !dumb(terminal()));
        }
        return interactive;
    }

    private static boolean dumb(Terminal t) {
        return t.getType() == null || t.getType().startsWith(Terminal.TYPE_DUMB);
    }

    @Override
    public String ask(String question) {
        if (!interactive()) {
            return null;
        }
        try {
            return lineReader().readLine(question);
        } catch (UserInterruptException e) {
            throw SyncdbException.error(INTERRUPTED);
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override
    public int width() {
        return system && interactive() ? Math.max(terminal().getWidth(), 0) : 0;
    }

    private synchronized Terminal terminal() {
        if (terminal == null) {
            terminal = open.get();
        }
        return terminal;
    }

    private synchronized LineReader lineReader() {
        if (reader == null) {
            reader = LineReaderBuilder.builder().terminal(terminal())
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true).build();
            reader.setVariable(LineReader.HISTORY_SIZE, 0);
        }
        return reader;
    }
}
