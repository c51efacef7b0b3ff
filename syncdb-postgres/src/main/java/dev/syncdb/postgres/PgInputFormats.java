package dev.syncdb.postgres;

import dev.syncdb.model.DataType;

import java.util.Map;
import java.util.Set;

/**
 * Format checks for text converted to common types on PostgreSQL before 16 (which lacks
 * {@code pg_input_is_valid}): a regular expression per target type, plus the range for integers.
 * Dates and timestamps are checked in ISO 8601 form; other target types are not checked.
 */
final class PgInputFormats {
    private static final Set<String> TEXTUAL = Set.of("text", "character varying", "character", "varchar", "char", "bpchar");

    private static final String INT = "^\\s*[+-]?[0-9]+\\s*$";
    private static final String DATE = "[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])";
    private static final String TIME = "([ T]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?)?";
    private static final String ZONE = "(\\s*(Z|[+-][0-9]{2}(:?[0-9]{2})?))?";

    /** The BETWEEN bounds of each integer type. */
    static final Map<String, String> INTEGER_RANGES = Map.of(
            "smallint", "-32768 AND 32767",
            "integer", "-2147483648 AND 2147483647",
            "bigint", "-9223372036854775808 AND 9223372036854775807");

    private static final Map<String, String> FORMATS = Map.of(
            "numeric", "^\\s*([+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?|[+-]?(nan|inf|infinity))\\s*$",
            "real", "^\\s*([+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?|[+-]?(nan|inf|infinity))\\s*$",
            "double precision", "^\\s*([+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?|[+-]?(nan|inf|infinity))\\s*$",
            "boolean", "^\\s*(t|tr|tru|true|f|fa|fal|fals|false|y|ye|yes|n|no|on|of|off|1|0)\\s*$",
            "uuid", "^\\s*\\{?[0-9a-f]{8}(-?[0-9a-f]{4}){3}-?[0-9a-f]{12}\\}?\\s*$",
            "date", "^\\s*" + DATE + TIME + ZONE + "\\s*$",
            "timestamp without time zone", "^\\s*" + DATE + TIME + ZONE + "\\s*$",
            "timestamp with time zone", "^\\s*" + DATE + TIME + ZONE + "\\s*$");

    private PgInputFormats() {
    }

    static boolean textual(String base) {
        return TEXTUAL.contains(base);
    }

    /** A condition true for values of text expression {@code c} that do not convert to {@code to}; null = not checked. */
    static String invalid(String c, DataType to) {
        String base = to.base().toLowerCase();
        if (to.array()) {
            return null;
        }
        if (INTEGER_RANGES.containsKey(base)) {
            return "CASE WHEN " + c + " ~ '" + INT + "' THEN " + c + "::numeric NOT BETWEEN " + INTEGER_RANGES.get(base)
                    + " ELSE true END";
        }
        String format = FORMATS.get(base);
        return format == null ? null : c + " !~* " + PostgresQuote.literal(format);
    }
}
