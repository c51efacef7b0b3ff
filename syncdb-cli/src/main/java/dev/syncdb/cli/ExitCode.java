package dev.syncdb.cli;

/** The exit codes of the command line (see CLI.md); stable, scripts match on them. */
final class ExitCode {
    static final int OK = 0;
    static final int ERROR = 1;
    static final int DIFFERENCES = 2;
    static final int REFUSED = 3;

    private ExitCode() {
    }
}
