package dev.syncdb.cli;

/** The exit codes of the command line (see CLI.md); stable, scripts match on them. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int ERROR = 1;
    public static final int DIFFERENCES = 2;
    public static final int REFUSED = 3;

    private ExitCode() {
    }
}
