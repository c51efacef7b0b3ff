package dev.syncdb.testkit.corpus;

import dev.syncdb.testkit.scenario.ServerInfo;

/**
 * sqldef's version check: a server version is compared with {@code min_version} and
 * {@code max_version} segment by segment, looking only at as many segments as the bound has (so
 * server 17.11 satisfies {@code max_version: "17"}).
 */
final class VersionRange {

    private VersionRange() {
    }

    /** Whether {@code server} lies within the bounds; a null bound is open. */
    static boolean contains(int[] server, String min, String max) {
        return (min == null || compare(server, segments(min)) >= 0)
                && (max == null || compare(server, segments(max)) <= 0);
    }

    /** Compares the server with a bound on the bound's segments only (missing server segments are 0). */
    static int compare(int[] server, int[] bound) {
        for (int i = 0; i < bound.length; i++) {
            int s = i < server.length ? server[i] : 0;
            if (s != bound[i]) {
                return Integer.compare(s, bound[i]);
            }
        }
        return 0;
    }

    /** The numeric segments of a version text ("17.11 (Debian)" -> [17, 11]). */
    static int[] segments(String version) {
        return ServerInfo.segments(version);
    }
}
