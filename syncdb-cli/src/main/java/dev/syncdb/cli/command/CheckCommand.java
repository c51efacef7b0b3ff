package dev.syncdb.cli.command;

import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.UsesCommonOptions;
import dev.syncdb.cli.VersionProvider;
import dev.syncdb.cli.config.CommonOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** The {@code check} command: exit 0 in sync, 2 differences (printed), 1 error. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Compare the database with the desired schema: exit 0 in sync, 2 differences (printed), 1 error.")
public final class CheckCommand implements Callable<Integer>, UsesCommonOptions {
    private final CliContext ctx;

    /** What the run is built from: this command takes every option group ({@link CommonOptions}). */
    @Mixin
    CommonOptions common;

    @Mixin
    dev.syncdb.cli.fleet.FleetOptions fleet;

    @Option(names = "--json", description = "print the differences as JSON (the same as --format json)")
    boolean json;

    @Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text",
            description = "text (default), json, or html: one self-contained page for review")
    ReportFormat format;

    public CheckCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (fleet.active()) {
            return fleet.run(ctx, common);
        }
        if (format == ReportFormat.html) {
            return new CheckRun(ctx).runHtml(common);
        }
        return new CheckRun(ctx).run(common, json || format == ReportFormat.json);
    }

    @Override
    public CommonOptions common() {
        return common;
    }
}
