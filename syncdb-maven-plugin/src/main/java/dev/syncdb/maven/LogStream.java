package dev.syncdb.maven;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * A print stream whose every line goes to one level of Maven's log, so the command line's text output
 * (plans, differences, apply progress) appears in the build log as {@code [INFO]} or {@code [WARNING]}
 * lines. A last line without a line break is logged when the stream is closed (a flush never splits a line).
 */
final class LogStream extends OutputStream {
    private final Consumer<String> sink;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private LogStream(Consumer<String> sink) {
        this.sink = sink;
    }

    /** A UTF-8 print stream over {@code sink}. */
    static PrintStream to(Consumer<String> sink) {
        return new PrintStream(new LogStream(sink), false, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            emit();
        } else if (b != '\r') {
            line.write(b);
        }
    }

    @Override
    public synchronized void close() {
        if (line.size() > 0) {
            emit();
        }
    }

    private void emit() {
        sink.accept(line.toString(StandardCharsets.UTF_8));
        line.reset();
    }
}
