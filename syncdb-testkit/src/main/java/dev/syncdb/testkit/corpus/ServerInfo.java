package dev.syncdb.testkit.corpus;

import java.util.Set;

/**
 * What the skip rules need to know about the server a dialect's cases run on: its version
 * ("17.11", "3.50.3") and the extensions it could install (PostgreSQL; empty elsewhere).
 */
public record ServerInfo(String version, Set<String> availableExtensions) {

    public ServerInfo {
        availableExtensions = Set.copyOf(availableExtensions);
    }

    /** The version's numeric segments ("17.11" -> [17, 11]); non-numeric tails are cut off. */
    public int[] segments() {
        return VersionRange.segments(version);
    }
}
