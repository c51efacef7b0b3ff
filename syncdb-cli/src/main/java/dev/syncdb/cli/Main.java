package dev.syncdb.cli;

import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * The entry point of the {@code syncdb} command line. {@link #run} executes one command line with
 * the given streams, environment and working directory and returns its exit code.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        CliContext ctx = new CliContext(System.out, System.err, System.getenv(), Path.of(""), TerminalPrompt.system());
        System.exit(run(args, ctx));
    }

    /** Runs without a terminal (nothing ever waits for input), as scripts and tests do. */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, Path workDir) {
        return run(args, new CliContext(out, err, env, workDir, Prompt.none()));
    }

    /** Runs with the given context, including the prompt that answers confirmation questions. */
    public static int run(String[] args, CliContext ctx) {
        int code = commandLine(ctx, args).execute(args);
        ctx.out().flush();
        ctx.err().flush();
        return code;
    }

    static CommandLine commandLine(CliContext ctx, String[] args) {
        CommandLine cl = new CommandLine(new RootCommand(ctx))
                .addSubcommand(new PlanCommand(ctx))
                .addSubcommand(new CheckCommand(ctx))
                .addSubcommand(new ApplyCommand(ctx))
                .addSubcommand(new DemoCommand(ctx))
                .addSubcommand(new BackupCommand(ctx))
                .addSubcommand(new RestoreCommand(ctx))
                .addSubcommand(new CommandLine(new MigrateCommand()).addSubcommand(new MigrateGenerateCommand(ctx)))
                .addSubcommand(new UpgradeCommand(ctx))
                .addSubcommand(new DowngradeCommand(ctx))
                .addSubcommand(new CurrentCommand(ctx))
                .addSubcommand(new HistoryCommand(ctx))
                .addSubcommand(new ShowCommand(ctx))
                .addSubcommand(new StampCommand(ctx))
                .addSubcommand(new RepairCommand(ctx))
                .addSubcommand(new StatusCommand(ctx))
                .addSubcommand(new VerifyCommand(ctx))
                .addSubcommand(new CreateTablesCommand(ctx));
        ErrorReporter errors = new ErrorReporter(ctx.err());
        boolean color = ctx.color(Arrays.asList(args).contains("--no-color"));
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(color ? Ansi.ON : Ansi.OFF));
        cl.setOut(new PrintWriter(ctx.out(), true));
        cl.setErr(new PrintWriter(ctx.err(), true));
        cl.setParameterExceptionHandler(errors);
        cl.setExecutionExceptionHandler(errors);
        return cl;
    }
}
