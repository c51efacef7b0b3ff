package dev.syncdb.cli.output;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The document a {@code --json} run prints on standard output when it fails:
 * {@code {"error": {"message", "exitCode", "kind", "command", "exception"}}}. {@code kind} is
 * {@code usage} (bad command line), {@code refused} (exit 3) or {@code error}; {@code exception} names
 * the Java exception of an unexpected failure (null for syncdb's own). The message is the one line
 * printed on standard error, passwords masked.
 */
public final class ErrorJson {
    public static final String USAGE = "usage";
    public static final String REFUSED = "refused";
    public static final String ERROR = "error";

    private ErrorJson() {
    }

    /** {@code message} must already be one masked line ({@link ErrorReporter#oneLine}). */
    public static String of(String message, int exitCode, String kind, String command, String exception) {
        ObjectNode root = Json.object();
        ObjectNode e = root.putObject("error");
        e.put("message", message);
        e.put("exitCode", exitCode);
        e.put("kind", kind);
        e.put("command", command);
        e.put("exception", exception);
        return Json.write(root);
    }
}
