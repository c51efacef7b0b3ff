package dev.syncdb.cli.output;

/** How output lines are decorated: ANSI colors on a terminal, plain text otherwise. */
public record Style(boolean color) {
    private static final String RESET = "\u001B[0m";

    public static Style plain() {
        return new Style(false);
    }

    public String hazard(String text, boolean destructive) {
        return paint(destructive ? "\u001B[31m" : "\u001B[33m", text);
    }

    public String dim(String text) {
        return paint("\u001B[2m", text);
    }

    public String good(String text) {
        return paint("\u001B[32m", text);
    }

    public String bad(String text) {
        return paint("\u001B[31m", text);
    }

    public String bold(String text) {
        return paint("\u001B[1m", text);
    }

    private String paint(String code, String text) {
        return color ? code + text + RESET : text;
    }
}
