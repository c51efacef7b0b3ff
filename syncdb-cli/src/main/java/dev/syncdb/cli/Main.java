package dev.syncdb.cli;

import dev.syncdb.cli.command.ApplyCommand;
import dev.syncdb.cli.command.BackupCommand;
import dev.syncdb.cli.command.CheckCommand;
import dev.syncdb.cli.command.DiagramCommand;
import dev.syncdb.cli.command.CreateTablesCommand;
import dev.syncdb.cli.command.CurrentCommand;
import dev.syncdb.cli.command.DemoCommand;
import dev.syncdb.cli.command.DowngradeCommand;
import dev.syncdb.cli.command.HistoryCommand;
import dev.syncdb.cli.command.MigrateCommand;
import dev.syncdb.cli.command.MigrateGenerateCommand;
import dev.syncdb.cli.command.PlanCommand;
import dev.syncdb.cli.command.RepairCommand;
import dev.syncdb.cli.command.RestoreCommand;
import dev.syncdb.cli.command.ShowCommand;
import dev.syncdb.cli.command.StampCommand;
import dev.syncdb.cli.command.StatusCommand;
import dev.syncdb.cli.command.UpgradeCommand;
import dev.syncdb.cli.command.VerifyCommand;
import dev.syncdb.cli.output.ErrorReporter;
import dev.syncdb.cli.output.HelpJson;
import dev.syncdb.cli.wizard.Prompt;
import dev.syncdb.cli.wizard.TerminalPrompt;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine;

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
        PrintStream out = dev.syncdb.cli.output.ConsoleStreams.out();
        PrintStream err = dev.syncdb.cli.output.ConsoleStreams.err();
        CliContext ctx = new CliContext(out, err, System.getenv(), Path.of(""), TerminalPrompt.system());
        Interruption.install(err);
        int code = run(args, ctx);
        Interruption.finished();
        System.exit(code);
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

    /** Each subcommand by name, made only when asked for (building a command's model costs start-up time). */
    private static Map<String, java.util.function.Function<CliContext, Object>> subcommands() {
        Map<String, java.util.function.Function<CliContext, Object>> m = new java.util.LinkedHashMap<>();
        m.put("plan", PlanCommand::new);
        m.put("check", CheckCommand::new);
        m.put("apply", ApplyCommand::new);
        m.put("demo", DemoCommand::new);
        m.put("backup", BackupCommand::new);
        m.put("restore", RestoreCommand::new);
        m.put("migrate", Main::migrate);
        m.put("upgrade", UpgradeCommand::new);
        m.put("downgrade", DowngradeCommand::new);
        m.put("current", CurrentCommand::new);
        m.put("history", HistoryCommand::new);
        m.put("show", ShowCommand::new);
        m.put("stamp", StampCommand::new);
        m.put("repair", RepairCommand::new);
        m.put("status", StatusCommand::new);
        m.put("diagram", DiagramCommand::new);
        m.put("verify", VerifyCommand::new);
        m.put("create-tables", CreateTablesCommand::new);
        return m;
    }

    /**
     * The {@code migrate} group: {@code generate}, and the migration verbs again under it
     * ({@code syncdb migrate upgrade} is {@code syncdb upgrade}), as users of Alembic and Flyway type them.
     */
    private static CommandLine migrate(CliContext c) {
        return new CommandLine(new MigrateCommand()).addSubcommand(new MigrateGenerateCommand(c))
                .addSubcommand(new UpgradeCommand(c)).addSubcommand(new DowngradeCommand(c))
                .addSubcommand(new CurrentCommand(c)).addSubcommand(new HistoryCommand(c))
                .addSubcommand(new ShowCommand(c)).addSubcommand(new StampCommand(c))
                .addSubcommand(new RepairCommand(c));
    }

    /**
     * The command line for {@code args}: when the first argument names a subcommand, only that one is
     * registered (it is all picocli needs to parse and to print that command's help); otherwise all.
     */
    static CommandLine commandLine(CliContext ctx, String[] args) {
        CommandLine cl = new CommandLine(new RootCommand(ctx));
        Map<String, java.util.function.Function<CliContext, Object>> all = subcommands();
        String first = args.length > 0 ? args[0] : "";
        all.forEach((name, make) -> {
            if (!all.containsKey(first) || name.equals(first)) {
                Object sub = make.apply(ctx);
                if (sub instanceof CommandLine nested) {
                    cl.addSubcommand(nested);
                } else {
                    cl.addSubcommand(sub);
                }
            }
        });
        ErrorReporter errors = new ErrorReporter(ctx.out(), ctx.err());
        boolean color = ctx.color(Arrays.asList(args).contains("--no-color"));
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(color ? Ansi.ON : Ansi.OFF));
        cl.setOut(new PrintWriter(ctx.out(), true));
        cl.setErr(new PrintWriter(ctx.err(), true));
        cl.setParameterExceptionHandler(errors);
        cl.setExecutionExceptionHandler(errors);
        cl.setExecutionStrategy(new HelpJson(cl.getExecutionStrategy(), ctx.out()));
        return cl;
    }
}
