package dev.syncdb.cli.output;

import dev.syncdb.cli.Interruption;
import dev.syncdb.SyncdbException;
import dev.syncdb.cli.ExitCode;
import dev.syncdb.cli.UsesCommonOptions;
import dev.syncdb.dialect.DatabaseUrl;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Turns failures into what the user sees: one line on stderr starting with "error: ", passwords
 * masked, exit code from the failure (1 unless the engine says otherwise). With {@code --json} (or
 * {@code --format json}) the same failure is also printed on stdout as one {@link ErrorJson} document,
 * the exit code unchanged. Bad usage adds the "did you mean" suggestions and a one-line pointer to
 * the command's help, and exits 1 (not picocli's 2, which means "differences found" here). Stack
 * traces only with {@code --verbose}.
 */
public final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private final PrintStream out;
    private final PrintStream err;

    /** {@code out} receives the JSON error document of a {@code --json} run. */
    public ErrorReporter(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        String message = oneLine(ex.getMessage());
        err.println("error: " + message);
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Run '" + cl.getCommandSpec().qualifiedName() + " --help' for "
                + (cl.getParent() == null ? "the commands and options." : "its options."));
        if (JsonRequest.in(args)) {
            document(message, ExitCode.ERROR, ErrorJson.USAGE, cl, null);
        }
        return ExitCode.ERROR;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        if (Interruption.stopped()) {
            return ExitCode.INTERRUPTED; // the stop's own line says what happened
        }
        boolean verbose = cl.getCommand() instanceof UsesCommonOptions c && c.common() != null && c.common().verbose();
        int code;
        String message;
        String exception = null;
        if (ex instanceof SyncdbException e) {
            message = oneLine(e.getMessage());
            code = e.exitCode();
        } else {
            exception = ex.getClass().getName();
            message = exception + ": " + oneLine(ex.getMessage());
            code = ExitCode.ERROR;
        }
        err.println("error: " + message);
        if (verbose) {
            StringWriter trace = new StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            err.print(DatabaseUrl.maskText(trace.toString()));
        }
        err.flush();
        if (JsonRequest.in(parseResult)) {
            document(message, code, code == ExitCode.REFUSED ? ErrorJson.REFUSED : ErrorJson.ERROR, cl, exception);
        }
        return code;
    }

    private void document(String message, int code, String kind, CommandLine cl, String exception) {
        out.println(ErrorJson.of(message, code, kind, cl.getCommandSpec().qualifiedName(), exception));
        out.flush();
    }

    /** The message on one line with every password masked. */
    public static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "(no message)";
        }
        return DatabaseUrl.maskText(message.strip().replaceAll("\\s*\\R\\s*", " "));
    }
}
