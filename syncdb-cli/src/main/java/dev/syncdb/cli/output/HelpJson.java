package dev.syncdb.cli.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.syncdb.cli.VersionProvider;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

import java.io.PrintStream;

/**
 * The execution strategy that answers {@code --help} and {@code --version} with a JSON document when
 * the command line also asks for JSON: {@code {"command", "usage"}} (the help text, without colours)
 * or {@code {"version"}}. Any other command line goes to the strategy it wraps.
 */
public final class HelpJson implements IExecutionStrategy {
    private final IExecutionStrategy next;
    private final PrintStream out;

    /** Wraps {@code next}, printing the documents on {@code out}. */
    public HelpJson(IExecutionStrategy next, PrintStream out) {
        this.next = next;
        this.out = out;
    }

    @Override
    public int execute(ParseResult parsed) {
        if (JsonRequest.in(parsed)) {
            // as picocli does: the first command, from the root down, that asks for help or its version
            for (ParseResult p = parsed; p != null; p = p.hasSubcommand() ? p.subcommand() : null) {
                if (p.isUsageHelpRequested()) {
                    out.println(usage(p.commandSpec().commandLine()));
                    return 0;
                }
                if (p.isVersionHelpRequested()) {
                    out.println(version());
                    return 0;
                }
            }
        }
        return next.execute(parsed);
    }

    /** {@code {"command": "syncdb plan", "usage": "..."}}. */
    static String usage(CommandLine command) {
        ObjectNode root = Json.object();
        root.put("command", command.getCommandSpec().qualifiedName());
        root.put("usage", command.getUsageMessage(CommandLine.Help.Ansi.OFF));
        return Json.write(root);
    }

    /** {@code {"version": "0.1.0"}}. */
    static String version() {
        ObjectNode root = Json.object();
        root.put("version", VersionProvider.version());
        return Json.write(root);
    }
}
