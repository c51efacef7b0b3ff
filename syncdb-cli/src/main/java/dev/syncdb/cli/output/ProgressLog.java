package dev.syncdb.cli.output;

import dev.syncdb.engine.apply.ApplyProgress;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress where nothing redraws (CI logs, a pipe): a line when each step starts, with the time since
 * the run began ({@code   [2/5] add column users.phone (at 1.2 s)}); while one step runs longer, a
 * heartbeat line at least every {@link #HEARTBEAT} ({@code   ... still running: add column users.phone
 * (40 s)}), so a log that stops moving means a stuck run, not a slow one; and a last line with the total.
 * A run that is over within {@link #QUIET_START} (or the heartbeat, if shorter) prints nothing unless it
 * fails, so quick runs do not fill logs with a line per step; once that time has passed, the running
 * step's line is printed and every later one as it starts.
 */
public final class ProgressLog implements ApplyProgress {
    /** The longest a long step stays silent. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(10);
    /** How long a run may go before its lines start. */
    public static final Duration QUIET_START = Duration.ofSeconds(1);

    private final PrintStream out;
    private final long heartbeatNanos;
    private final long tickNanos;
    private final long quietNanos;
    private boolean talking;
    private String pending;
    private ScheduledExecutorService ticker;
    private String task = "";
    private int total;
    private int index = -1;
    private String label;
    private long runStart;
    private long stepStart;
    private long lastLine;

    /** Lines on {@code out}; a heartbeat when a step has been silent for {@code heartbeat}. */
    public ProgressLog(PrintStream out, Duration heartbeat) {
        this.out = out;
        this.heartbeatNanos = heartbeat.toNanos();
        this.tickNanos = Math.max(1, heartbeatNanos / 10);
        this.quietNanos = Math.min(QUIET_START.toNanos(), heartbeatNanos);
    }

    @Override
    public synchronized void started(String task, int total) {
        this.task = task;
        this.total = total;
        index = -1;
        talking = false;
        pending = null;
        runStart = System.nanoTime();
        lastLine = runStart;
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "syncdb-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::tick, tickNanos, tickNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public synchronized void step(int index, String label) {
        this.index = index;
        this.label = label;
        stepStart = System.nanoTime();
        String counter = total == 1 ? "" : "[" + (index + 1) + "/" + total + "] ";
        pending = "  " + counter + label + " (at " + seconds(stepStart - runStart) + ")";
        if (talking || stepStart - runStart >= quietNanos) {
            speak();
        }
    }

    private void speak() {
        talking = true;
        if (pending != null) {
            print(pending);
            pending = null;
        }
    }

    @Override
    public synchronized void finished(boolean completed) {
        if (ticker == null) {
            return;
        }
        ticker.shutdownNow();
        ticker = null;
        long elapsed = System.nanoTime() - runStart;
        if (completed && !talking) {
            return;
        }
        speak();
        print(completed ? "  " + task + ": " + (total == 1 ? "" : total + " steps ") + "done in " + seconds(elapsed)
                : "  " + task + ": stopped at step " + (index + 1) + "/" + total + " after " + seconds(elapsed));
    }

    private synchronized void tick() {
        long now = System.nanoTime();
        if (ticker != null && !talking) {
            if (now - runStart >= quietNanos) {
                speak();
            }
            return;
        }
        if (ticker == null || index < 0 || now - lastLine < heartbeatNanos - tickNanos) { // never more than one interval silent
            return;
        }
        print("  ... still running: " + label + " (" + seconds(now - stepStart) + ")");
    }

    private void print(String line) {
        out.println(line);
        out.flush();
        lastLine = System.nanoTime();
    }

    /** {@code 0.4 s} under ten seconds, {@code 40 s} above. */
    static String seconds(long nanos) {
        double s = nanos / 1e9;
        return s < 9.95 ? String.format(Locale.ROOT, "%.1f s", s) : Math.round(s) + " s";
    }
}
