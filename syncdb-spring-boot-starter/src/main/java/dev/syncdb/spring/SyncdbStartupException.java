package dev.syncdb.spring;

/**
 * The reason syncdb stopped the application's start-up: the database differs from the desired
 * schema (validate), a plan was refused (apply), or syncdb could not run. The message is for people.
 */
public class SyncdbStartupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What the user can do about it (shown as the "Action" of Boot's failure report). */
    private final String action;

    public SyncdbStartupException(String message, String action) {
        super(message);
        this.action = action;
    }

    public SyncdbStartupException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
