package dev.syncdb.cli.fleet;

import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.output.FleetText;
import dev.syncdb.engine.fleet.FleetRunner;
import dev.syncdb.engine.fleet.FleetTarget;
import dev.syncdb.engine.fleet.TargetOutcome;

/**
 * The live progress of a fleet run: on a terminal one line rewritten in place (done, failed and
 * running of the total) at most ten times a second; elsewhere, and with --quiet or --json, nothing.
 */
final class FleetProgress implements FleetRunner.Listener {
    private final FleetText text;
    private final boolean live;
    private long last;

    FleetProgress(CliContext ctx, FleetText text, boolean silent) {
        this.text = text;
        this.live = !silent && ctx.prompt().interactive();
    }

    @Override
    public synchronized void started(FleetTarget target, FleetRunner.Progress p) {
        show(p, false);
    }

    @Override
    public synchronized void finished(TargetOutcome outcome, FleetRunner.Progress p) {
        show(p, p.done() == p.total());
    }

    private void show(FleetRunner.Progress p, boolean last) {
        long now = System.nanoTime();
        if (!live || (!last && now - this.last < 100_000_000L)) {
            return;
        }
        this.last = now;
        text.progress(p, last);
    }
}
