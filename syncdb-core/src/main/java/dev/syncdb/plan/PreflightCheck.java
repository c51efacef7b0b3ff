package dev.syncdb.plan;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of live-data check a preflight makes, each with what a count found means (the step
 * would fail, or data would be lost) and how it is told. {@link #id()} is stable for scripts.
 */
public enum PreflightCheck {
    NULLS(true, false, "%s rows have NULL in %s", "no NULL in %s"),
    BACKFILLED(false, false, "%s rows have NULL in %s; the backfill sets them", "no NULL in %s"),
    ROWS_FOR_NOT_NULL(true, false, "%s rows in %s would get NULL in a NOT NULL column without default",
            "%s has no rows"),
    KEY_NULLS(true, false, "%s rows have NULL in key column %s", "no NULL in key column %s"),
    DUPLICATES(true, true, "%s duplicated keys in %s", "no duplicated key in %s"),
    TOO_LONG(true, true, "%s values of %s do not fit", "every value of %s fits"),
    NOT_CONVERTIBLE(true, true, "%s values of %s do not convert", "every value of %s converts"),
    CONVERSION(true, false, "%s", "the conversion of %s succeeds on every row"),
    ORPHANS(true, true, "%s rows of %s point nowhere", "every row of %s points to a row"),
    VIOLATIONS(true, false, "%s rows violate %s", "no row violates %s"),
    ENUM_IN_USE(true, false, "%s rows still use label %s", "no row uses the removed labels of %s"),
    LOST_ROWS(false, false, "drops %s rows of %s", "drops no row: %s is empty"),
    LOST_VALUES(false, false, "drops %s non-null values of %s", "drops no value: %s holds only NULLs");

    private final boolean blocks;
    private final boolean valueSamples;
    private final String found;
    private final String none;

    PreflightCheck(boolean blocks, boolean valueSamples, String found, String none) {
        this.blocks = blocks;
        this.valueSamples = valueSamples;
        this.found = found;
        this.none = none;
    }

    /** The stable id, e.g. "nulls", "lost_rows". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a non-zero count means the step would fail (else it counts what the step loses or fixes). */
    public boolean blocks() {
        return blocks;
    }

    /** The message for {@code count} findings on {@code subject}, with samples when there are any. */
    String message(long count, String subject, List<String> samples) {
        if (count == 0) {
            return String.format(none, subject);
        }
        String text = String.format(count == 1 ? singular(found) : found, String.format(Locale.ROOT, "%,d", count), subject);
        if (samples.isEmpty()) {
            return text;
        }
        List<String> shown = valueSamples ? samples.stream().map(PreflightCheck::quoted).toList() : samples;
        return text + (valueSamples ? " (e.g. " : " (ids: ") + String.join(", ", shown)
                + (count > shown.size() ? ", ..." : "") + ")";
    }

    /** The message for exactly one: "1 row has", "1 value does not fit". */
    private static String singular(String template) {
        String s = template;
        String[][] words = {{" rows have ", " row has "}, {" rows ", " row "}, {" values ", " value "}, {" keys ", " key "},
                {" do not ", " does not "}, {" point ", " points "}, {" violate ", " violates "}, {" still use ", " still uses "}};
        for (String[] w : words) {
            s = s.replace(w[0], w[1]);
        }
        return s;
    }

    private static String quoted(String value) {
        String v = value.length() > 40 ? value.substring(0, 37) + "..." : value;
        return "'" + v.replace("'", "''") + "'";
    }
}
