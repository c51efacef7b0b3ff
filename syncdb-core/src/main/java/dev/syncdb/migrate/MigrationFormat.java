package dev.syncdb.migrate;

import dev.syncdb.SyncdbException;

import java.util.Locale;

/**
 * How {@code migrate generate} writes a migration. {@link #SYNCDB}: syncdb's files, plain SQL with
 * comments. {@link #FLYWAY}: files Flyway runs as they are: the same names ({@code V<version>__<slug>.sql};
 * the down file {@code U<version>__<slug>.sql} is what Flyway Teams runs on {@code flyway undo} and
 * what Flyway Community skips as not a migration), and beside a file that must run outside a
 * transaction, or whose text holds a Flyway placeholder sign, the script configuration
 * {@code <file>.conf} saying {@code executeInTransaction=false} / {@code placeholderReplacement=false}.
 */
public enum MigrationFormat {
    SYNCDB, FLYWAY;

    /** The format named {@code name} (any case). */
    public static MigrationFormat of(String name) {
        for (MigrationFormat f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw SyncdbException.error("unknown migration format '" + name + "' (choose syncdb or flyway)");
    }

    /** The name in lower case, as the option takes it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The Flyway script configuration for a file of this format with {@code text}, whose statements
     * are all {@code transactional} or not; null when the file needs none (or the format is syncdb's).
     */
    public String scriptConfig(String text, boolean transactional) {
        if (this != FLYWAY) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        if (!transactional) {
            b.append("executeInTransaction=false\n");
        }
        if (text.contains("${")) {
            b.append("placeholderReplacement=false\n");
        }
        return b.length() == 0 ? null : b.toString();
    }
}
