package dev.syncdb.cli.output;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Map;

/**
 * ASCII stand-ins for the symbols syncdb prints (✅, ❌, arrows, box drawing, ...), for a console
 * whose charset cannot show them (a legacy Windows console on code page 437 or 1252, or output
 * redirected there): a character the charset can encode is kept, one it cannot becomes its
 * stand-in ({@code [ok]}, {@code [FAIL]}, {@code ->}, ...) or {@code ?}.
 */
public final class AsciiFallback {
    private static final Map<Integer, String> ASCII = Map.ofEntries(
            Map.entry(0x2705, "[ok]"), Map.entry(0x2714, "[ok]"), Map.entry(0x2713, "[ok]"),
            Map.entry(0x274C, "[FAIL]"), Map.entry(0x2716, "[FAIL]"), Map.entry(0x2717, "[FAIL]"), Map.entry(0x2718, "[FAIL]"),
            Map.entry(0x26A0, "[!]"), Map.entry(0x2139, "[i]"),
            Map.entry(0x2192, "->"), Map.entry(0x2190, "<-"), Map.entry(0x2194, "<->"), Map.entry(0x21D2, "=>"),
            Map.entry(0x2191, "^"), Map.entry(0x2193, "v"), Map.entry(0x25B6, ">"), Map.entry(0x25B8, ">"),
            Map.entry(0x2500, "-"), Map.entry(0x2501, "-"), Map.entry(0x2550, "="), Map.entry(0x2502, "|"),
            Map.entry(0x2503, "|"), Map.entry(0x2551, "|"), Map.entry(0x250C, "+"), Map.entry(0x2510, "+"),
            Map.entry(0x2514, "+"), Map.entry(0x2518, "+"), Map.entry(0x251C, "+"), Map.entry(0x2524, "+"),
            Map.entry(0x252C, "+"), Map.entry(0x2534, "+"), Map.entry(0x253C, "+"), Map.entry(0x256D, "+"),
            Map.entry(0x256E, "+"), Map.entry(0x2570, "+"), Map.entry(0x256F, "+"), Map.entry(0x2022, "*"),
            Map.entry(0x25CF, "*"), Map.entry(0x25CB, "o"), Map.entry(0x2026, "..."), Map.entry(0x2014, "--"),
            Map.entry(0x2013, "-"), Map.entry(0x00D7, "x"), Map.entry(0x2018, "'"), Map.entry(0x2019, "'"),
            Map.entry(0x201C, "\""), Map.entry(0x201D, "\""), Map.entry(0x2264, "<="), Map.entry(0x2265, ">="),
            Map.entry(0x2260, "!="), Map.entry(0x2588, "#"), Map.entry(0x2591, "."), Map.entry(0x2592, ":"),
            Map.entry(0x2593, "#"));
    private static final int VARIATION_SELECTOR = 0xFE0F;
    private static final String SAMPLE = "✅❌→─│…";

    private AsciiFallback() {
    }

    /** Whether {@code charset} lacks any of the symbols syncdb commonly prints (then output goes through {@link #map}). */
    public static boolean needed(Charset charset) {
        CharsetEncoder encoder = charset.newEncoder();
        return !SAMPLE.codePoints().allMatch(cp -> encoder.canEncode(Character.toString(cp)));
    }

    /** {@code text} with each character {@code encoder} cannot encode replaced by its ASCII stand-in, or {@code ?}. */
    public static String map(CharSequence text, CharsetEncoder encoder) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String c = Character.toString(cp);
            if (encoder.canEncode(c)) {
                b.append(c);
            } else if (cp != VARIATION_SELECTOR) {
                b.append(ASCII.getOrDefault(cp, "?"));
            }
        });
        return b.toString();
    }
}
