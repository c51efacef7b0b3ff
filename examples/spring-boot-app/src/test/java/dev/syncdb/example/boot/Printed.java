package dev.syncdb.example.boot;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a piece of a test printed to standard output (where Boot's console log goes), as lines; the
 * output still reaches the console too.
 */
final class Printed {
    /** A piece of a test. */
    interface Action {
        void run() throws Exception;
    }

    private Printed() {
    }

    /** Runs {@code action} and returns what it printed; an exception of {@code action} propagates. */
    static List<String> by(Action action) throws Exception {
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(new Tee(console, captured), true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.out.flush();
            System.setOut(console);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** Writes to the console and to the capture. */
    private static final class Tee extends OutputStream {
        private final PrintStream console;
        private final ByteArrayOutputStream capture;

        Tee(PrintStream console, ByteArrayOutputStream capture) {
            this.console = console;
            this.capture = capture;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            capture.write(b, off, len);
            console.write(b, off, len);
        }
    }
}
