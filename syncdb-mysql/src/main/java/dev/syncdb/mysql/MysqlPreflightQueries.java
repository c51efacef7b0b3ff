package dev.syncdb.mysql;

import dev.syncdb.model.Column;
import dev.syncdb.model.DataType;
import dev.syncdb.model.Table;
import dev.syncdb.plan.PreflightQuery;
import dev.syncdb.plan.StandardPreflightQueries;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The MySQL preflight queries: the standard ones with backtick quoting and CONCAT_WS/CAST AS CHAR
 * for texts, plus the narrowing checks MySQL needs: values longer than a shorter character type,
 * integers outside a smaller integer type, and values that use an enum/set label being removed.
 */
final class MysqlPreflightQueries extends StandardPreflightQueries {

    @Override
    protected String quote(String identifier) {
        return MysqlQuote.ident(identifier);
    }

    @Override
    protected String literal(String text) {
        return MysqlQuote.literal(text);
    }

    @Override
    protected String text(String expression) {
        return "COALESCE(CAST(" + expression + " AS CHAR), 'NULL')";
    }

    @Override
    protected String texts(List<String> expressions) {
        return expressions.size() == 1 ? text(expressions.get(0))
                : "CONCAT_WS(', ', " + expressions.stream().map(this::text).collect(Collectors.joining(", ")) + ")";
    }

    /** MySQL's CAST takes only a few type names: integers become SIGNED/UNSIGNED, texts CHAR, times DATETIME. */
    @Override
    protected String castType(DataType type) {
        String base = type.base();
        if (MysqlTypes.INTEGER_BYTES.containsKey(base)) {
            return MysqlTypes.unsigned(type) ? "UNSIGNED" : "SIGNED";
        }
        return switch (base) {
            case "decimal", "numeric" -> type.precision() == null ? "DECIMAL"
                    : "DECIMAL(" + type.precision() + "," + (type.scale() == null ? 0 : type.scale()) + ")";
            case "date" -> "DATE";
            case "time" -> "TIME";
            case "datetime", "timestamp" -> "DATETIME";
            case "double", "float", "real" -> "DOUBLE";
            case "binary", "varbinary", "blob", "tinyblob", "mediumblob", "longblob" -> "BINARY";
            default -> "CHAR";
        };
    }

    @Override
    public PreflightQuery narrowing(Table t, Column from, Column to) {
        String c = quote(from.name());
        String bad = tooBig(c, from.type(), to.type());
        if (bad == null) {
            return super.narrowing(t, from, to);
        }
        return PreflightQuery.of(counted(text(c), table(t), c + " IS NOT NULL AND (" + bad + ")"));
    }

    /** A condition true for values of {@code c} that do not fit {@code to}; null when not known. */
    private String tooBig(String c, DataType from, DataType to) {
        if (MysqlTypes.isEnumOrSet(to) && MysqlTypes.isEnumOrSet(from)) {
            String labels = MysqlTypes.labels(to).stream().map(this::literal).collect(Collectors.joining(", "));
            return to.base().equals("set")
                    ? "(" + c + " <> '' AND " + c + " NOT IN (" + labels + "))"
                    : c + " NOT IN (" + labels + ")";
        }
        Long chars = MysqlTypes.characters(to);
        if (chars != null && !MysqlTypes.TEXT_CAPACITY.containsKey(to.base())) {
            return "CHAR_LENGTH(" + c + ") > " + chars;
        }
        if (chars != null) {
            return "LENGTH(" + c + ") > " + chars;
        }
        if (MysqlTypes.INTEGER_BYTES.containsKey(to.base()) && MysqlTypes.INTEGER_BYTES.containsKey(from.base())) {
            String[] r = MysqlTypes.integerRange(to);
            return c + " < " + r[0] + " OR " + c + " > " + r[1];
        }
        if (to.precision() != null && (to.base().equals("decimal") || to.base().equals("numeric"))) {
            int scale = to.scale() == null ? 0 : to.scale();
            return "ABS(" + c + ") >= POW(10, " + (to.precision() - scale) + ")";
        }
        return null;
    }
}
