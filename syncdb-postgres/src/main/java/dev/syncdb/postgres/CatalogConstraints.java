package dev.syncdb.postgres;

import dev.syncdb.dialect.CatalogQuery;
import dev.syncdb.model.CheckConstraint;
import dev.syncdb.model.ExclusionConstraint;
import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.PrimaryKey;
import dev.syncdb.model.TableBuilder;
import dev.syncdb.model.UniqueKey;
import dev.syncdb.model.Unsupported;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The reader of {@code constraints.sql}: primary keys, UNIQUE constraints, foreign keys and CHECK
 * constraints and exclusion constraints of all tables in one query.
 */
final class CatalogConstraints {

    private CatalogConstraints() {
    }

    /** Adds each constraint to its table in {@code tables}; what the model lacks goes to {@code unsupported}. */
    static void read(CatalogQuery query, Map<Long, TableBuilder> tables, AttributeNames names,
                     List<Unsupported> unsupported) throws SQLException {
        query.run("constraints", rs -> {
            TableBuilder table = tables.get(rs.getLong("conrelid"));
            if (table != null) {
                add(rs, table, query.schema(), names, unsupported);
            }
        });
    }

    private static void add(ResultSet rs, TableBuilder table, String schema, AttributeNames names,
                            List<Unsupported> unsupported) throws SQLException {
        String name = rs.getString("conname");
        long relid = rs.getLong("conrelid");
        switch (rs.getString("contype")) {
            case "p" -> table.primaryKey(new PrimaryKey(name, names.names(relid, CatalogQuery.array(rs, "columns")),
                    rs.getBoolean("condeferrable"), rs.getBoolean("condeferred")));
            case "u" -> table.unique(new UniqueKey(name, names.names(relid, CatalogQuery.array(rs, "columns")),
                    rs.getBoolean("nulls_not_distinct"), rs.getBoolean("condeferrable"), rs.getBoolean("condeferred")));
            case "f" -> table.foreignKey(foreignKey(rs, name, names.names(relid, CatalogQuery.array(rs, "columns")),
                    schema, names));
            case "c" -> table.check(new CheckConstraint(name, checkExpression(rs.getString("definition"))));
            case "x" -> table.exclusion(new ExclusionConstraint(name, rs.getString("definition")));
            default -> {
                // the query selects only the kinds above
            }
        }
    }

    private static ForeignKey foreignKey(ResultSet rs, String name, List<String> columns, String schema,
                                         AttributeNames names) throws SQLException {
        String refSchema = rs.getString("ref_schema");
        List<String> refColumns = rs.getArray("ref_columns_outside") != null ? names(rs, "ref_columns_outside")
                : names.names(rs.getLong("confrelid"), CatalogQuery.array(rs, "ref_attnums"));
        return new ForeignKey(name, columns, schema.equals(refSchema) ? null : refSchema, rs.getString("ref_table"),
                refColumns, action(rs.getString("confdeltype")), action(rs.getString("confupdtype")),
                rs.getBoolean("condeferrable"), rs.getBoolean("condeferred"), match(rs.getString("confmatchtype")));
    }

    /** "CHECK ((price > (0)::numeric)) NOT VALID" becomes "((price > (0)::numeric)) NOT VALID". */
    static String checkExpression(String definition) {
        return definition.startsWith("CHECK ") ? definition.substring("CHECK ".length()) : definition;
    }

    static String action(String code) {
        return switch (code) {
            case "r" -> "RESTRICT";
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            default -> "NO ACTION";
        };
    }

    static String match(String code) {
        return switch (code) {
            case "f" -> "FULL";
            case "p" -> "PARTIAL";
            default -> "SIMPLE";
        };
    }

    private static List<String> names(ResultSet rs, String column) throws SQLException {
        return Arrays.stream(CatalogQuery.array(rs, column)).map(String::valueOf).toList();
    }
}
