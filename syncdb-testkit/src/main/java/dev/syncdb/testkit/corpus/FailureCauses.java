package dev.syncdb.testkit.corpus;

import dev.syncdb.testkit.scenario.DirectionResult;
import dev.syncdb.testkit.scenario.Messages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups failure messages into causes: the first line of a message with the case-specific parts
 * (quoted names, numbers, temporary paths and database names, file:line prefixes) replaced by
 * placeholders, so "column "a" ..." and "column "b" ..." count as one cause.
 */
public final class FailureCauses {

    /** An object kind followed by its (possibly quoted, qualified or called) name. */
    private static final String OBJECT_NAME = "\\b(type|function|relation|constraint|column|table|index|schema|"
            + "class|sequence|view|domain|trigger|role|key|extension)\\s+(?!(?:…|because|does|of|on|in)\\b)"
            + "(\"(?:[^\"]|\"\")*\"|[\\w.]+)(\\([^)]*\\))?";

    private FailureCauses() {
    }

    /** A failure cause: its normalized text, how many cases show it, and up to three of their ids. */
    public record Cause(String text, int count, List<String> examples) {
    }

    /** The normalized first line of a failure message. */
    public static String normalize(String message) {
        String s = scrub(message);
        s = s.replaceFirst("^apply failed at step '[^']*', rolled back, nothing was changed: ", "apply failed: ");
        s = s.replaceFirst(" \\[statement: .*$", "");
        s = s.replaceFirst("(verification found \\d+ difference\\(s\\) left: [^;]*);.*$", "$1");
        s = s.replaceAll(OBJECT_NAME, "$1 …");
        s = s.replaceAll("\\[[a-z_\",. ]*\\]", "[…]");
        s = s.replaceAll("\"(?:[^\"]|\"\")*\"", "\"…\"");
        s = s.replaceAll("'(?:[^']|'')*'", "'…'");
        s = s.replaceAll("`[^`]*`", "`…`");
        s = s.replaceAll("-?\\b\\d+\\b", "N");
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    /** The first line of a message without run-specific parts: temporary files, database names, URLs. */
    public static String scrub(String message) {
        String s = Messages.firstLine(message);
        s = s.replaceAll("(?:/[\\w.@-]+)+\\.(?:sql|db)(?::\\d+)?", "<file>");
        s = s.replaceAll("\\bt\\d+_\\d+\\b", "<db>");
        return s.replaceAll("(?:jdbc:)?(?:postgresql|sqlite):\\S+", "<url>");
    }

    /** The {@code limit} most common causes among the failed outcomes, most common first. */
    public static List<Cause> top(List<CaseOutcome> failed, int limit) {
        Map<String, List<String>> byCause = new LinkedHashMap<>();
        for (CaseOutcome o : failed) {
            byCause.computeIfAbsent(normalize(causeOf(o)), k -> new ArrayList<>()).add(o.id());
        }
        return byCause.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<String>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(e -> new Cause(e.getKey(), e.getValue().size(), e.getValue().stream().limit(3).toList()))
                .toList();
    }

    /** The message a failed case is grouped by: its first failing direction's message, without the direction. */
    static String causeOf(CaseOutcome o) {
        for (DirectionResult r : o.directions()) {
            if (!r.passed()) {
                return r.message();
            }
        }
        return o.reason();
    }
}
