package dev.syncdb.testkit.corpus;

/** Which way a case is run: from {@code current} to {@code desired}, or back. */
public enum Direction {
    UP("current → desired"),
    DOWN("desired → current");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
