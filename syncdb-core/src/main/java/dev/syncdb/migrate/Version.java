package dev.syncdb.migrate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A migration version: digits in parts separated by {@code _} or {@code .}, compared part by part
 * as numbers (so {@code 20261125053000_1} sorts after {@code 20261125053000} and before
 * {@code 20261125053001}), as Flyway compares versions.
 */
public record Version(String text) implements Comparable<Version> {
    private static final Pattern FORM = Pattern.compile("\\d+([._]\\d+)*");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    public Version {
        if (!FORM.matcher(text).matches()) {
            throw new IllegalArgumentException("not a migration version: '" + text + "' (digits, parts separated by _ or .)");
        }
    }

    /** Whether the text is a version. */
    public static boolean valid(String text) {
        return text != null && FORM.matcher(text).matches();
    }

    /** The UTC timestamp version of an instant, e.g. {@code 20261125053000}. */
    public static Version timestamp(Instant when) {
        return new Version(STAMP.format(when));
    }

    /** This version with a numeric suffix part, e.g. {@code 20261125053000_1}. */
    public Version withSuffix(int n) {
        return new Version(text + "_" + n);
    }

    private long[] parts() {
        return Arrays.stream(text.split("[._]")).mapToLong(Long::parseLong).toArray();
    }

    @Override
    public int compareTo(Version o) {
        long[] a = parts();
        long[] b = o.parts();
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            long x = i < a.length ? a[i] : 0;
            long y = i < b.length ? b[i] : 0;
            if (x != y) {
                return Long.compare(x, y);
            }
        }
        return Integer.compare(a.length, b.length);
    }

    @Override
    public String toString() {
        return text;
    }
}
