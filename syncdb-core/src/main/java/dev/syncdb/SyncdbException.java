package dev.syncdb;

/**
 * A failure meant for the user: a one-line message (what failed, where, what to do) and the exit
 * code the command line returns for it (1 error, 3 refused as unsafe).
 */
public class SyncdbException extends RuntimeException {
    public static final int ERROR = 1;
    public static final int REFUSED = 3;

    private final int exitCode;

    public SyncdbException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public SyncdbException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public static SyncdbException error(String message) {
        return new SyncdbException(ERROR, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
