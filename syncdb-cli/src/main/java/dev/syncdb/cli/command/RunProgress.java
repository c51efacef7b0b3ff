package dev.syncdb.cli.command;

import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.config.CommonOptions;
import dev.syncdb.cli.output.ProgressDisplay;
import dev.syncdb.cli.output.Style;
import dev.syncdb.engine.apply.ApplyProgress;

/** The progress listener of a command's run as its output options say (see {@link ProgressDisplay#forRun}). */
final class RunProgress {

    private RunProgress() {
    }

    static ApplyProgress of(CliContext ctx, CommonOptions common) {
        return ProgressDisplay.forRun(ctx, common.quiet(), new Style(ctx.color(common.noColor())));
    }
}
