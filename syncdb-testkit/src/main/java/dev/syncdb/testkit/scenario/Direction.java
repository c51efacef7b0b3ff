package dev.syncdb.testkit.scenario;

/** Which way a scenario is run: from {@code current} to {@code desired} (up), or back (down). */
public enum Direction {
    UP("current → desired", "forward"),
    DOWN("desired → current", "backward");

    private final String label;
    private final String word;

    Direction(String label, String word) {
        this.label = label;
        this.word = word;
    }

    /** The direction as reports show it ({@code current → desired}). */
    public String label() {
        return label;
    }

    /** The direction as one word ({@code forward}, {@code backward}), as test names and known-failure lists write it. */
    public String word() {
        return word;
    }
}
