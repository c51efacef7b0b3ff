package dev.syncdb.diagram;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which tables a diagram shows, from a pattern: globs separated by commas ({@code order*,customers};
 * {@code *} any run of characters, {@code ?} one character; case-insensitive), or a regular
 * expression between slashes ({@code /^(orders|order_lines)$/}, searched in the name, case-sensitive).
 */
public final class TableFilter implements Predicate<String> {
    private final List<Pattern> patterns;

    private TableFilter(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    /** The filter a pattern text describes; an invalid regular expression is an {@link IllegalArgumentException}. */
    public static TableFilter parse(String pattern) {
        String p = pattern.trim();
        if (p.length() >= 2 && p.startsWith("/") && p.endsWith("/")) {
            try {
                return new TableFilter(List.of(Pattern.compile(p.substring(1, p.length() - 1))));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("invalid regular expression " + p + ": " + e.getDescription());
            }
        }
        List<Pattern> globs = java.util.Arrays.stream(p.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(TableFilter::glob).toList();
        return new TableFilter(globs);
    }

    private static Pattern glob(String g) {
        StringBuilder re = new StringBuilder("^");
        for (char c : g.toCharArray()) {
            re.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(re.append('$').toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    @Override
    public boolean test(String name) {
        return patterns.stream().anyMatch(p -> p.matcher(name).find());
    }
}
