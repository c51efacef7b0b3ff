package dev.syncdb.cli.output;

import dev.syncdb.cli.CliContext;
import dev.syncdb.engine.apply.ApplyProgress;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Shows which step of long work is running, on a real terminal: a progress bar that redraws with the
 * step's name and the elapsed time, so a long step is seen to be working. {@link #forRun} picks the
 * form of a run: this bar on a terminal, {@link ProgressLog}'s lines elsewhere (CI logs), nothing with
 * {@code --quiet}; always on stderr, so standard output (SQL, JSON) stays clean.
 */
public final class ProgressDisplay implements ApplyProgress {
    /** Overrides the heartbeat interval of {@link ProgressLog} (seconds, may be fractional); for tests. */
    public static final String HEARTBEAT_ENV = "SYNCDB_PROGRESS_HEARTBEAT_SECONDS";

    private final PrintStream out;
    private final int width;
    private final Style style;
    private ProgressBar bar;
    private int total;

    /** A bar {@code width} columns wide (more than 20) on {@code out}. */
    public ProgressDisplay(PrintStream out, int width, Style style) {
        this.out = out;
        this.width = width;
        this.style = style;
    }

    /**
     * The progress of one run: nothing with {@code quiet}; a bar on a terminal; otherwise a line per
     * step with the elapsed time and a heartbeat line during a long step. On the run's stderr.
     */
    public static ApplyProgress forRun(CliContext ctx, boolean quiet, Style style) {
        if (quiet) {
            return ApplyProgress.NONE;
        }
        int width = ctx.prompt().width();
        return width > 20 ? new ProgressDisplay(ctx.err(), width, style) : new ProgressLog(ctx.err(), heartbeat(ctx));
    }

    private static Duration heartbeat(CliContext ctx) {
        String v = ctx.env().get(HEARTBEAT_ENV);
        if (v != null) {
            try {
                return Duration.ofMillis(Math.max(10, Math.round(Double.parseDouble(v.strip()) * 1000)));
            } catch (NumberFormatException e) {
                // not a number: the default
            }
        }
        return ProgressLog.HEARTBEAT;
    }

    @Override
    public void started(String task, int total) {
        this.total = total;
        out.flush();
        bar = new ProgressBarBuilder().setTaskName("  " + task).setInitialMax(total)
                .setStyle(style.color() ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200).continuousUpdate().hideEta()
                .setConsumer(new ConsoleProgressBarConsumer(out, width - 1)).build();
    }

    @Override
    public void step(int index, String label) {
        if (bar != null) {
            bar.stepTo(index);
            bar.setExtraMessage(abbreviate(label, Math.max(10, width / 3)));
        }
    }

    @Override
    public void finished(boolean committed) {
        if (bar != null) {
            if (committed) {
                bar.stepTo(total);
                bar.setExtraMessage("done");
            }
            bar.close();
            bar = null;
        }
        out.flush();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
