package dev.syncdb.cli;

/** The exit codes of the command line (see CLI.md); stable, scripts match on them. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int ERROR = 1;
    public static final int DIFFERENCES = 2;
    public static final int REFUSED = 3;
    /** Stopped by Ctrl-C (SIGINT): 128 + 2, as shells report it. */
    public static final int INTERRUPTED = 130;

    private ExitCode() {
    }
}
