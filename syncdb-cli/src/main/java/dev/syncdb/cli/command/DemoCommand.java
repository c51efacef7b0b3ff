package dev.syncdb.cli.command;

import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.output.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * The {@code demo} command: the whole workflow on an embedded SQLite file, with no server and no
 * input. See {@link Demo}.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole workflow on an embedded SQLite database; no server needed.",
                "Creates version 1 of a sample shop schema with rows, shows the plan to version 2 with its",
                "hazards, applies it, and verifies that the database matches and every row is still there."})
public final class DemoCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Option(names = "--db", paramLabel = "FILE",
            description = "where to create the demo database (must not exist; default: a new temporary folder)")
    Path db;

    @Option(names = "--no-color", description = "no ANSI colors")
    boolean noColor;

    public DemoCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
        return new Demo(ctx, new Style(ctx.color(noColor))).run(db == null ? null : ctx.resolve(db.toString()));
    }
}
