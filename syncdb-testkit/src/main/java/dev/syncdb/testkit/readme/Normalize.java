package dev.syncdb.testkit.readme;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * What differs between two runs of the same commands, replaced by a placeholder on both sides of a
 * README comparison: durations, sizes, server versions, migration versions, timestamps, checksums,
 * process ids (also the one in a Spring Boot log line's prefix) and the width of aligned columns
 * (also a log line's padded thread and logger). Literal replacements (a test database's URL shown as
 * the README's) run first.
 */
public final class Normalize implements UnaryOperator<String> {
    private static final Map<Pattern, String> RULES = new LinkedHashMap<>();

    static {
        rule("\\b\\d{4}-\\d\\d-\\d\\dT[0-9:.]+(Z|[+-]\\d\\d:\\d\\d)", "<TIME>");
        rule("\\b(TRACE|DEBUG|INFO|WARN|ERROR) +\\d+ --- ", "$1 # --- ");
        rule("\\b\\d{8}T\\d{6}Z(-\\d+)?", "<STAMP>");
        rule("(?<!\\d)\\d{14}([_.]\\d+)?(?!\\d)", "<VERSION>");
        rule("\\b[0-9a-f]{64}\\b", "<SHA>");
        rule("\\b\\d+(\\.\\d+)? (ms|s)\\b", "# $2");
        rule("\\b\\d+(\\.\\d+)? (B|KiB|MiB)\\b", "# $2");
        rule("(PostgreSQL|SQLite|MariaDB|MySQL) \\d+(\\.\\d+)*", "$1 #");
        rule("\\bpid \\d+", "pid #");
        rule("(?<=\\S) {2,}", " ");
    }

    private final Map<String, String> literal = new LinkedHashMap<>();

    private static void rule(String regex, String replacement) {
        RULES.put(Pattern.compile(regex), replacement);
    }

    /** Also shows {@code real} as {@code shown} (before the other rules). */
    public Normalize replacing(String real, String shown) {
        literal.put(real, shown);
        return this;
    }

    /** Only the literal replacements: the line as the README would show it. */
    public String shown(String line) {
        String s = line;
        for (Map.Entry<String, String> e : literal.entrySet()) {
            s = s.replace(e.getKey(), e.getValue());
        }
        return s;
    }

    @Override
    public String apply(String line) {
        String s = shown(line);
        for (Map.Entry<Pattern, String> r : RULES.entrySet()) {
            s = r.getKey().matcher(s).replaceAll(r.getValue());
        }
        return s;
    }
}
