package dev.syncdb.mysql;

import dev.syncdb.dialect.CatalogQuery;
import dev.syncdb.model.CheckConstraint;
import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.Table;
import dev.syncdb.model.TableBuilder;
import dev.syncdb.model.View;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readers of the constraint and object queries: foreign keys (columns in key order, with their
 * rules), CHECK constraints (MariaDB's column-level ones too, named after their column), views (the
 * database's own name removed from the query text, so a scratch database prints the same) and the
 * objects syncdb does not manage.
 */
final class MysqlConstraints {
    private static final Pattern QUOTED = Pattern.compile("`((?:[^`]|``)+)`");

    private MysqlConstraints() {
    }

    /** One foreign key being assembled from its column rows. */
    private record Fk(String table, String name, List<String> columns, List<String> refColumns, String refSchema,
                      String refTable, String onDelete, String onUpdate) {
    }

    /**
     * A referential action, NO ACTION read as RESTRICT: InnoDB treats the two alike (checks are never
     * deferred), and MariaDB's in-place ADD FOREIGN KEY (online plans) stores NO ACTION for RESTRICT.
     */
    static String rule(String rule) {
        return "NO ACTION".equalsIgnoreCase(rule) ? "RESTRICT" : rule;
    }

    static void foreignKeys(CatalogQuery query, Map<String, TableBuilder> tables) throws SQLException {
        Map<String, Fk> all = new LinkedHashMap<>();
        query.run("foreign_keys", rs -> {
            String table = rs.getString("TABLE_NAME");
            String name = rs.getString("CONSTRAINT_NAME");
            String refSchema = rs.getString("REFERENCED_TABLE_SCHEMA");
            String key = table + "\u0000" + name;
            if (!all.containsKey(key)) {
                all.put(key, new Fk(table, name, new ArrayList<>(), new ArrayList<>(),
                        query.schema().equals(refSchema) ? null : refSchema, rs.getString("REFERENCED_TABLE_NAME"),
                        rule(rs.getString("DELETE_RULE")), rule(rs.getString("UPDATE_RULE"))));
            }
            Fk fk = all.get(key);
            fk.columns().add(rs.getString("COLUMN_NAME"));
            fk.refColumns().add(rs.getString("REFERENCED_COLUMN_NAME"));
        });
        for (Fk f : all.values()) {
            TableBuilder t = tables.get(f.table());
            if (t != null) {
                t.foreignKey(new ForeignKey(f.name(), f.columns(), f.refSchema(), f.refTable(), f.refColumns(),
                        f.onDelete(), f.onUpdate(), false, false, "SIMPLE"));
            }
        }
    }

    static void checks(CatalogQuery query, Map<String, TableBuilder> tables) throws SQLException {
        query.run(MysqlConnector.mariadb(query.connection()) ? "checks_mariadb" : "checks_mysql", rs -> {
            TableBuilder t = tables.get(rs.getString("TABLE_NAME"));
            if (t != null) {
                t.check(new CheckConstraint(rs.getString("CONSTRAINT_NAME"), rs.getString("CHECK_CLAUSE")));
            }
        });
    }

    /**
     * An alias that starts with white space: the server prints a generated alias as the column is named
     * ({@code AS `\nx`}) but strips leading white space from a written one, so the definition read back
     * becomes its own fixed point only without it.
     */
    private static final Pattern LEADING_SPACE_ALIAS = Pattern.compile(" AS `[ \\t\\n\\r\\f\\x0B]+");

    /** The views, with the tables and views of this database each one's query names. */
    static List<View> views(CatalogQuery query, List<Table> tables, List<String> viewNames) throws SQLException {
        Set<String> objects = new LinkedHashSet<>(viewNames);
        tables.forEach(t -> objects.add(t.name()));
        List<View> out = new ArrayList<>();
        String own = MysqlQuote.ident(query.schema()) + ".";
        query.run("views", rs -> {
            String name = rs.getString("TABLE_NAME");
            String def = LEADING_SPACE_ALIAS.matcher(rs.getString("VIEW_DEFINITION").replace(own, "")).replaceAll(" AS `");
            out.add(new View(name, def, false, dependencies(def, name, objects), null));
        });
        return out;
    }

    private static List<String> dependencies(String definition, String self, Set<String> objects) {
        Set<String> deps = new LinkedHashSet<>();
        Matcher m = QUOTED.matcher(definition);
        while (m.find()) {
            String id = m.group(1).replace("``", "`");
            if (objects.contains(id) && !id.equals(self)) {
                deps.add(id);
            }
        }
        return List.copyOf(deps);
    }
}
