package dev.syncdb.testkit.readme;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Whether a README block shows real output. A block line that is exactly {@code ...} stands for any
 * number of lines (an abridged part); {@code ...} inside a line stands for any text. Every other block
 * line must equal the next output line, after both went through the same normalization (times,
 * versions, timestamps: what differs from run to run). Trailing blanks are ignored.
 */
public final class OutputMatch {
    private final List<Pattern> expected;
    private final List<String> actual;
    private final java.util.Set<Long> failed = new java.util.HashSet<>();

    private OutputMatch(List<Pattern> expected, List<String> actual) {
        this.expected = expected;
        this.actual = actual;
    }

    /** Null when {@code block} matches {@code output}; otherwise a message showing where it stops matching. */
    public static String mismatch(List<String> block, List<String> output, UnaryOperator<String> normalize) {
        List<Pattern> patterns = new ArrayList<>();
        for (String line : block) {
            String n = normalize.apply(line.stripTrailing());
            patterns.add(n.equals("...") ? null : compile(n));
        }
        List<String> out = output.stream().map(l -> normalize.apply(l.stripTrailing())).toList();
        OutputMatch m = new OutputMatch(patterns, out);
        int[] best = {0};
        if (m.matches(0, 0, best)) {
            return null;
        }
        int stop = best[0];
        return "the README block stops matching at its line " + (stop + 1) + ": '"
                + (stop < block.size() ? block.get(stop) : "(end of block)") + "'\n--- real output (normalized) ---\n"
                + String.join("\n", out);
    }

    private static Pattern compile(String line) {
        StringBuilder re = new StringBuilder();
        int from = 0;
        for (int at = line.indexOf("..."); at >= 0; at = line.indexOf("...", from)) {
            re.append(Pattern.quote(line.substring(from, at))).append(".*");
            from = at + 3;
        }
        re.append(Pattern.quote(line.substring(from)));
        return Pattern.compile(re.toString());
    }

    private boolean matches(int e, int a, int[] best) {
        best[0] = Math.max(best[0], e);
        long key = ((long) e << 32) | a;
        if (failed.contains(key)) {
            return false;
        }
        boolean ok = tryMatch(e, a, best);
        if (!ok) {
            failed.add(key);
        }
        return ok;
    }

    private boolean tryMatch(int e, int a, int[] best) {
        if (e == expected.size()) {
            return a == actual.size() || actual.subList(a, actual.size()).stream().allMatch(String::isBlank);
        }
        Pattern p = expected.get(e);
        if (p == null) {
            for (int skip = a; skip <= actual.size(); skip++) {
                if (matches(e + 1, skip, best)) {
                    return true;
                }
            }
            return false;
        }
        return a < actual.size() && p.matcher(actual.get(a)).matches() && matches(e + 1, a + 1, best);
    }
}
