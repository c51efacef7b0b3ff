package dev.syncdb.cli.command;

import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.config.CommonOptions;
import dev.syncdb.cli.output.TimingsText;
import dev.syncdb.engine.plan.SyncRequest;

import java.util.function.Supplier;

/**
 * A command's work on its engine request with {@code --timings} honoured: the phases the request
 * recorded are printed to stderr afterwards, whether the work succeeded or failed.
 */
final class TimedRun {

    private TimedRun() {
    }

    /** Runs {@code work} and returns what it returns; {@code request} null = nothing was timed. */
    static <T> T run(CliContext ctx, CommonOptions options, SyncRequest request, Supplier<T> work) {
        try {
            return work.get();
        } finally {
            if (options.timings() && request != null) {
                new TimingsText(ctx.err()).print(request.timings());
            }
        }
    }
}
