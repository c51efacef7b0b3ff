package dev.syncdb.testkit.corpus;

import java.util.Set;

/**
 * What the skip rules need to know about the server a dialect's cases run on: its version
 * ("17.11", "3.50.3", "10.11.19"), the extensions it could install (PostgreSQL; empty elsewhere)
 * and its flavor as sqldef cases name it ("mariadb", "mysql"; null where there is none).
 */
public record ServerInfo(String version, Set<String> availableExtensions, String flavor) {

    public ServerInfo {
        availableExtensions = Set.copyOf(availableExtensions);
    }

    /** A server without a flavor. */
    public ServerInfo(String version, Set<String> availableExtensions) {
        this(version, availableExtensions, null);
    }

    /** The version's numeric segments ("17.11" -> [17, 11]); non-numeric tails are cut off. */
    public int[] segments() {
        return VersionRange.segments(version);
    }
}
