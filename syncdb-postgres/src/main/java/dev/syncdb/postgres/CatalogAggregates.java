package dev.syncdb.postgres;

import dev.syncdb.dialect.CatalogQuery;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.SchemaObject.Kind;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.syncdb.postgres.PostgresQuote.ident;
import static dev.syncdb.postgres.PostgresQuote.literal;

/**
 * The reader of {@code aggregates.sql}: each user-defined aggregate as a {@link Kind#AGGREGATE}
 * object whose definition is a CREATE AGGREGATE statement written from the catalog's parts
 * (PostgreSQL has no printer for it), options in a fixed order and only where they are set, so the
 * same aggregate reads the same in the live namespace and in a scratch one. Identity and signature
 * follow functions ({@code name(argument types)}); the aggregate depends on its support functions
 * through the dependency query.
 */
final class CatalogAggregates {

    private CatalogAggregates() {
    }

    static void read(CatalogQuery query, List<SchemaObject> out) throws SQLException {
        query.run("aggregates", rs -> {
            String name = rs.getString("name");
            String identityArguments = orStar(rs.getString("identity_arguments"));
            Map<String, String> props = new LinkedHashMap<>();
            props.put(CatalogCodeObjects.SIGNATURE, ident(name) + "(" + identityArguments + ")");
            props.put(CatalogCodeObjects.ARGUMENTS, rs.getString("arguments"));
            props.put(CatalogCodeObjects.RESULT, rs.getString("result"));
            if (rs.getString("comment") != null) {
                props.put(CatalogCodeObjects.COMMENT, rs.getString("comment"));
            }
            out.add(new SchemaObject(Kind.AGGREGATE, name, null, name + "(" + rs.getString("argument_types") + ")",
                    definition(name, rs), props, List.of(), List.of()));
        });
    }

    /** CREATE AGGREGATE name(arguments) (SFUNC = ..., STYPE = ..., ...), each set option on its own line. */
    static String definition(String name, ResultSet rs) throws SQLException {
        StringBuilder sb = new StringBuilder("CREATE AGGREGATE ").append(ident(name)).append('(')
                .append(orStar(rs.getString("arguments"))).append(") (\n    SFUNC = ").append(rs.getString("sfunc"))
                .append(",\n    STYPE = ").append(rs.getString("stype"));
        option(sb, "SSPACE", rs.getString("sspace"));
        option(sb, "FINALFUNC", rs.getString("finalfunc"));
        if (rs.getString("finalfunc") != null) {
            flag(sb, "FINALFUNC_EXTRA", rs.getBoolean("finalfunc_extra"));
            option(sb, "FINALFUNC_MODIFY", modify(rs.getString("finalfunc_modify")));
        }
        option(sb, "COMBINEFUNC", rs.getString("combinefunc"));
        option(sb, "SERIALFUNC", rs.getString("serialfunc"));
        option(sb, "DESERIALFUNC", rs.getString("deserialfunc"));
        option(sb, "INITCOND", quoted(rs.getString("initcond")));
        option(sb, "MSFUNC", rs.getString("msfunc"));
        option(sb, "MINVFUNC", rs.getString("minvfunc"));
        option(sb, "MSTYPE", rs.getString("mstype"));
        option(sb, "MSSPACE", rs.getString("msspace"));
        option(sb, "MFINALFUNC", rs.getString("mfinalfunc"));
        if (rs.getString("mfinalfunc") != null) {
            flag(sb, "MFINALFUNC_EXTRA", rs.getBoolean("mfinalfunc_extra"));
            option(sb, "MFINALFUNC_MODIFY", modify(rs.getString("mfinalfunc_modify")));
        }
        option(sb, "MINITCOND", quoted(rs.getString("minitcond")));
        option(sb, "SORTOP", rs.getString("sortop"));
        option(sb, "PARALLEL", switch (rs.getString("parallel")) {
            case "s" -> "SAFE";
            case "r" -> "RESTRICTED";
            default -> null;
        });
        flag(sb, "HYPOTHETICAL", "h".equals(rs.getString("aggkind")));
        return sb.append("\n)").toString();
    }

    /** An aggregate over no argument ({@code count(*)}) is written with a star. */
    private static String orStar(String arguments) {
        return arguments == null || arguments.isEmpty() ? "*" : arguments;
    }

    private static String quoted(String value) {
        return value == null ? null : literal(value);
    }

    private static String modify(String code) {
        return switch (code == null ? "" : code) {
            case "s" -> "SHAREABLE";
            case "w" -> "READ_WRITE";
            default -> "READ_ONLY";
        };
    }

    private static void option(StringBuilder sb, String key, String value) {
        if (value != null) {
            sb.append(",\n    ").append(key).append(" = ").append(value);
        }
    }

    private static void flag(StringBuilder sb, String key, boolean set) {
        if (set) {
            sb.append(",\n    ").append(key);
        }
    }
}
