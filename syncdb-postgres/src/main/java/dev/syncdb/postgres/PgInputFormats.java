package dev.syncdb.postgres;

import java.util.Map;
import java.util.Set;

/** What the PostgreSQL preflight knows of input types: the text types, and the range of each integer type. */
final class PgInputFormats {
    private static final Set<String> TEXTUAL = Set.of("text", "character varying", "character", "varchar", "char", "bpchar");

    /** The BETWEEN bounds of each integer type. */
    static final Map<String, String> INTEGER_RANGES = Map.of(
            "smallint", "-32768 AND 32767",
            "integer", "-2147483648 AND 2147483647",
            "bigint", "-9223372036854775808 AND 9223372036854775807");

    private PgInputFormats() {
    }

    static boolean textual(String base) {
        return TEXTUAL.contains(base);
    }
}
