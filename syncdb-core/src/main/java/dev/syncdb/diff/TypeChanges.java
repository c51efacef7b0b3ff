package dev.syncdb.diff;

import dev.syncdb.model.DataType;

import java.util.List;
import java.util.Objects;

/** Dialect-neutral rules that judge a type change from the parts of {@link DataType}. */
public final class TypeChanges {

    /** Integer families from narrowest to widest, by common SQL spellings. */
    private static final List<List<String>> INTEGER_RANKS = List.of(
            List.of("smallint", "int2", "tinyint"),
            List.of("integer", "int", "int4", "mediumint"),
            List.of("bigint", "int8"));

    private static final List<String> TEXTUAL = List.of("character varying", "varchar", "text", "character", "char", "bpchar");

    private TypeChanges() {
    }

    /** Classifies a change by family: same family and not smaller is widening, smaller is narrowing. */
    public static TypeChangeKind classify(DataType from, DataType to) {
        if (from.array() != to.array()) {
            return TypeChangeKind.CAST;
        }
        String a = from.base().toLowerCase();
        String b = to.base().toLowerCase();
        int ra = integerRank(a);
        int rb = integerRank(b);
        if (ra >= 0 && rb >= 0) {
            return rb >= ra ? TypeChangeKind.WIDENING : TypeChangeKind.NARROWING;
        }
        if (TEXTUAL.contains(a) && TEXTUAL.contains(b)) {
            return textual(a, from.length(), b, to.length());
        }
        if (a.equals(b)) {
            return sameBase(from, to);
        }
        return TypeChangeKind.CAST;
    }

    private static TypeChangeKind textual(String a, Integer la, String b, Integer lb) {
        boolean padded = PADDED.contains(a);
        if (!PADDED.contains(b) && (b.equals("text") || lb == null)) {
            return padded ? TypeChangeKind.CAST : TypeChangeKind.WIDENING;
        }
        if (la == null || lb == null) {
            return TypeChangeKind.NARROWING;
        }
        if (lb < la) {
            return TypeChangeKind.NARROWING;
        }
        return padded == PADDED.contains(b) ? TypeChangeKind.WIDENING : TypeChangeKind.CAST;
    }

    /** Blank-padded character types: converting to or from them changes trailing spaces. */
    private static final List<String> PADDED = List.of("character", "char", "bpchar");

    private static TypeChangeKind sameBase(DataType from, DataType to) {
        if (!Objects.equals(from.length(), to.length())) {
            return to.length() == null || (from.length() != null && to.length() > from.length())
                    ? TypeChangeKind.WIDENING : TypeChangeKind.NARROWING;
        }
        if (from.precision() != null || to.precision() != null) {
            if (to.precision() == null) {
                return TypeChangeKind.WIDENING;
            }
            if (from.precision() == null) {
                return TypeChangeKind.NARROWING;
            }
            int fs = from.scale() == null ? 0 : from.scale();
            int ts = to.scale() == null ? 0 : to.scale();
            boolean intDigits = to.precision() - ts >= from.precision() - fs;
            return intDigits && ts >= fs ? TypeChangeKind.WIDENING : TypeChangeKind.NARROWING;
        }
        return TypeChangeKind.CAST;
    }

    private static int integerRank(String base) {
        for (int i = 0; i < INTEGER_RANKS.size(); i++) {
            if (INTEGER_RANKS.get(i).contains(base)) {
                return i;
            }
        }
        return -1;
    }
}
