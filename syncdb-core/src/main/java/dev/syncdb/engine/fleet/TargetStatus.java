package dev.syncdb.engine.fleet;

/** What became of one target of a fleet run. */
public enum TargetStatus {
    /** Nothing to do: the target matches. */
    IN_SYNC("in sync"),
    /** Differences found (check, plan); nothing was changed. */
    DIFFERENT("differences"),
    /** The plan (or the pending migrations) ran and was verified. */
    APPLIED("applied"),
    /** Refused as unsafe (destructive step, preflight, lock held, checksum): nothing was changed. */
    REFUSED("refused"),
    /** An error (connection, SQL): the target was left as it was. */
    FAILED("failed"),
    /** Not run: the fleet stopped (canary or first failure) before its turn. */
    SKIPPED("skipped");

    private final String words;

    TargetStatus(String words) {
        this.words = words;
    }

    /** The status as output shows it, e.g. "in sync". */
    public String words() {
        return words;
    }

    /** Whether the run went wrong for this target (it stops a fleet without --continue-on-error). */
    public boolean bad() {
        return this == REFUSED || this == FAILED;
    }

    /** Whether a resumed run leaves this target alone: its work is done. */
    public boolean done() {
        return this == IN_SYNC || this == DIFFERENT || this == APPLIED;
    }

    /** The status named by {@link #name()} or {@link #words()}. */
    public static TargetStatus parse(String text) {
        for (TargetStatus s : values()) {
            if (s.name().equalsIgnoreCase(text) || s.words.equals(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown target status: " + text);
    }
}
