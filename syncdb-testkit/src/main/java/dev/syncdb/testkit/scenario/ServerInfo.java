package dev.syncdb.testkit.scenario;

import java.util.ArrayList;
import java.util.List;
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
        return segments(version);
    }

    /** The numeric segments of a version text; non-numeric tails are cut off. */
    public static int[] segments(String version) {
        List<Integer> out = new ArrayList<>();
        for (String part : version.trim().split("\\.")) {
            String digits = part.replaceAll("^(\\d*).*$", "$1");
            if (digits.isEmpty()) {
                break;
            }
            out.add(Integer.parseInt(digits));
            if (digits.length() != part.length()) {
                break;
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
