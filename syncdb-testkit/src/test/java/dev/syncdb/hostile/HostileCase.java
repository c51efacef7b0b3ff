package dev.syncdb.hostile;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * One generated set of hostile names: twelve identifiers (a table, four columns, two indexes, a check,
 * a unique key, an enum type, a foreign key and a view), four enum labels and three comments, made of quotes of every kind,
 * semicolons, newlines, backslashes, comment and placeholder characters, non-ASCII letters and
 * reserved words. Names are distinct even where a server compares them without case or accents.
 * Not generated: "primary" (MySQL keeps that index name for the primary key), NUL, names ending in
 * a space (MySQL refuses them) and characters outside the BMP in names (MySQL refuses them).
 */
record HostileCase(List<String> names, List<String> labels, List<String> comments) {
    private static final List<String> RESERVED = List.of("select", "from", "table", "order", "group", "user",
            "where", "end", "check", "index", "key", "references", "default", "null", "Limit", "DESC");
    private static final String HOSTILE = "\"'`;\n\\ $-/*?{}%(),.:@éßЖ日";
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    String table() { return names.get(0); }
    String a() { return names.get(1); }
    String b() { return names.get(2); }
    String c() { return names.get(3); }
    String d() { return names.get(4); }
    String index1() { return names.get(5); }
    String index2() { return names.get(6); }
    String check() { return names.get(7); }
    String unique() { return names.get(8); }
    String enumType() { return names.get(9); }
    String foreignKey() { return names.get(10); }
    String view() { return names.get(11); }

    static Arbitrary<HostileCase> arbitrary() {
        Arbitrary<List<String>> names = name().list().ofSize(12).uniqueElements(HostileCase::key)
                .filter(l -> l.stream().noneMatch(n -> key(n).equals("canary") || key(n).startsWith("syncdb")));
        Arbitrary<List<String>> labels = label().list().ofSize(4).uniqueElements(HostileCase::key);
        Arbitrary<List<String>> comments = text().list().ofSize(3);
        return Combinators.combine(names, labels, comments).as(HostileCase::new);
    }

    /** A reserved word, or hostile characters ending in a letter (MySQL refuses a name ending in a space). */
    private static Arbitrary<String> name() {
        Arbitrary<String> hostile = Combinators.combine(
                Arbitraries.strings().withChars((HOSTILE + LETTERS + "0123456789").toCharArray()).ofMinLength(1).ofMaxLength(9),
                Arbitraries.strings().withChars(LETTERS.toCharArray()).ofLength(1)).as(String::concat);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.of(RESERVED)), net.jqwik.api.Tuple.of(3, hostile));
    }

    private static Arbitrary<String> label() {
        return Combinators.combine(
                Arbitraries.strings().withChars((HOSTILE + LETTERS).toCharArray()).ofMaxLength(8),
                Arbitraries.strings().withChars(LETTERS.toCharArray()).ofLength(1)).as(String::concat);
    }

    /** Free text for comments: the hostile characters, comment markers, an emoji; never empty. */
    private static Arbitrary<String> text() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().withChars((HOSTILE + LETTERS).toCharArray()).ofMinLength(1).ofMaxLength(6),
                Arbitraries.of("*/", "/*", "--", "''", "\\'", "\\\\", "😀", "\r\n", "%s", "${x}", "'; DROP TABLE canary; --"));
        return piece.list().ofMinSize(1).ofMaxSize(5).map(l -> String.join("", l)).map(s -> "x" + s + "y");
    }

    /** How a server that ignores case and accents might compare two names. */
    static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("ß", "s");
        StringBuilder sb = new StringBuilder();
        folded.codePoints().forEach(cp -> sb.append(cp < 128 ? (char) cp : '~'));
        return sb.toString();
    }
}
