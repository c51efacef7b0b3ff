package dev.syncdb.mysql;

import dev.syncdb.model.DataType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What MySQL type texts say: integer sizes and signedness, text capacities, enum and set labels. */
final class MysqlTypes {
    /** Integer types by storage bytes. */
    static final Map<String, Integer> INTEGER_BYTES = Map.of("tinyint", 1, "smallint", 2, "mediumint", 3, "int", 4,
            "integer", 4, "bigint", 8);
    /** Character capacity of the text types (in bytes; characters for varchar/char). */
    static final Map<String, Long> TEXT_CAPACITY = Map.of("tinytext", 255L, "text", 65_535L,
            "mediumtext", 16_777_215L, "longtext", 4_294_967_295L);

    private MysqlTypes() {
    }

    static boolean unsigned(DataType t) {
        return t.sql().toLowerCase(Locale.ROOT).contains("unsigned");
    }

    static boolean isEnumOrSet(DataType t) {
        return t.base().equals("enum") || t.base().equals("set");
    }

    /** The labels of an {@code enum('a','b')} or {@code set(...)} type text, unquoted. */
    static List<String> labels(DataType t) {
        String s = t.sql();
        int open = s.indexOf('(');
        int close = s.lastIndexOf(')');
        List<String> out = new ArrayList<>();
        if (open < 0 || close < open) {
            return out;
        }
        String body = s.substring(open + 1, close);
        StringBuilder cur = new StringBuilder();
        boolean in = false;
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (in && ch == '\'' && i + 1 < body.length() && body.charAt(i + 1) == '\'') {
                cur.append('\'');
                i++;
            } else if (in && ch == '\\' && i + 1 < body.length()) {
                cur.append(body.charAt(++i));
            } else if (ch == '\'') {
                in = !in;
                if (!in) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else if (in) {
                cur.append(ch);
            }
        }
        return out;
    }

    /** Characters a text or character type holds; null when it is neither. */
    static Long characters(DataType t) {
        if ((t.base().equals("varchar") || t.base().equals("char")) && t.length() != null) {
            return t.length().longValue();
        }
        return TEXT_CAPACITY.get(t.base());
    }

    /** Whether values of the integer type {@code from} all fit {@code to}. */
    static boolean integerFits(DataType from, DataType to) {
        int fb = INTEGER_BYTES.get(from.base());
        int tb = INTEGER_BYTES.get(to.base());
        boolean fu = unsigned(from);
        boolean tu = unsigned(to);
        if (fu == tu) {
            return tb >= fb;
        }
        return !tu && tb > fb;
    }

    /** The smallest and largest value of an integer type, as SQL numbers. */
    static String[] integerRange(DataType t) {
        int bits = INTEGER_BYTES.get(t.base()) * 8;
        java.math.BigInteger two = java.math.BigInteger.TWO;
        if (unsigned(t)) {
            return new String[] {"0", two.pow(bits).subtract(java.math.BigInteger.ONE).toString()};
        }
        return new String[] {two.pow(bits - 1).negate().toString(), two.pow(bits - 1).subtract(java.math.BigInteger.ONE).toString()};
    }
}
