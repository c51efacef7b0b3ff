package dev.syncdb.cli.output;

import dev.syncdb.engine.apply.ApplyProgress;
import dev.syncdb.cli.CliContext;
import dev.syncdb.plan.Plan;
import dev.syncdb.plan.PlanStep;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;

/**
 * Shows which step of a plan is running. On a real terminal: a progress bar that redraws with the
 * step's name and the elapsed time, so a long step is seen to be working; elsewhere a plain line per
 * step, {@code [2/5] add column users.phone}.
 */
public final class ProgressDisplay implements ApplyProgress {
    private final PrintStream out;
    private final int width;
    private final Style style;
    private ProgressBar bar;
    private int total;

    /** {@code width} 0 = not a terminal that redraws: plain lines. */
    public ProgressDisplay(PrintStream out, int width, Style style) {
        this.out = out;
        this.width = width;
        this.style = style;
    }

    /** A progress bar on a real terminal; elsewhere (or with {@code quiet}) nothing. */
    public static ApplyProgress onTerminal(CliContext ctx, boolean quiet, Style style) {
        int width = ctx.prompt().width();
        return quiet || width == 0 ? ApplyProgress.NONE : new ProgressDisplay(ctx.out(), width, style);
    }

    @Override
    public void started(Plan plan) {
        total = plan.steps().size();
        if (width > 20) {
            bar = new ProgressBarBuilder().setTaskName("  Applying").setInitialMax(total)
                    .setStyle(style.color() ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(200).continuousUpdate().hideEta()
                    .setConsumer(new ConsoleProgressBarConsumer(out, width - 1)).build();
        }
    }

    @Override
    public void step(int index, PlanStep step) {
        if (bar != null) {
            bar.stepTo(index);
            bar.setExtraMessage(abbreviate(step.comment(), Math.max(10, width / 3)));
        } else {
            out.println("  [" + (index + 1) + "/" + total + "] " + step.comment());
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
