package dev.syncdb.sqlite;

import dev.syncdb.dialect.CatalogQuery;
import dev.syncdb.sqlite.parse.CreateTableParser;
import dev.syncdb.sqlite.parse.CreateIndexParser;
import dev.syncdb.dialect.Inspector;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.View;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static dev.syncdb.dialect.CatalogQuery.text;

/**
 * The SQLite inspector: reads {@code sqlite_schema} and the pragma table-valued functions with one
 * bulk query per object kind (objects, columns, indexes, foreign keys), and the stored CREATE
 * texts for what only they hold. Triggers are {@link SchemaObject}s compared by their canonical
 * text ({@link SqliteTriggers}).
 */
public final class SqliteInspector implements Inspector {

    @Override
    public Schema inspect(Connection c, String schemaName) throws SQLException {
        CatalogQuery query = new CatalogQuery(SqliteInspector.class, c, schemaName,
                Map.of("SCHEMA", SqliteQuote.ident(schemaName)));
        List<Map<String, Object>> objects = query.rows("objects");
        Map<String, List<Map<String, Object>>> columns = byTable(query.rows("columns"));
        Map<String, List<Map<String, Object>>> indexes = byTable(query.rows("indexes"));
        Map<String, List<Map<String, Object>>> fks = byTable(query.rows("foreign_keys"));
        Map<String, String> names = new LinkedHashMap<>();
        objects.stream().filter(o -> !"trigger".equals(text(o, "type")))
                .forEach(o -> names.put(text(o, "name").toLowerCase(Locale.ROOT), text(o, "name")));
        TableReader reader = new TableReader(names);
        Set<String> viewNames = new java.util.HashSet<>();
        objects.stream().filter(o -> "view".equals(text(o, "type")))
                .forEach(o -> viewNames.add(text(o, "name").toLowerCase(Locale.ROOT)));
        List<Table> tables = new ArrayList<>();
        List<View> views = new ArrayList<>();
        List<SchemaObject> triggers = new ArrayList<>();
        for (Map<String, Object> o : objects) {
            String name = text(o, "name");
            String sql = text(o, "sql");
            switch (text(o, "type")) {
                case "table" -> tables.add(reader.read(name, CreateTableParser.parse(sql),
                        columns.getOrDefault(name, List.of()), indexes.getOrDefault(name, List.of()),
                        fks.getOrDefault(name, List.of())));
                case "view" -> views.add(view(name, sql, names));
                default -> {
                    String owner = text(o, "tbl_name").toLowerCase(Locale.ROOT);
                    triggers.add(SqliteTriggers.of(name, names.getOrDefault(owner, text(o, "tbl_name")),
                            viewNames.contains(owner), sql));
                }
            }
        }
        return new Schema(schemaName, tables, List.of(), List.of(), views, triggers, List.of());
    }

    private static View view(String name, String sql, Map<String, String> names) {
        String query = CreateIndexParser.viewQuery(sql);
        Set<String> deps = new LinkedHashSet<>();
        for (String n : CreateIndexParser.mentionedNames(query)) {
            String actual = names.get(n.toLowerCase(Locale.ROOT));
            if (actual != null && !actual.equals(name)) {
                deps.add(actual);
            }
        }
        return new View(name, query, false, List.copyOf(deps), null);
    }

    private static Map<String, List<Map<String, Object>>> byTable(List<Map<String, Object>> rows) {
        Function<Map<String, Object>, String> key = r -> text(r, "table_name");
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        rows.forEach(r -> out.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        return out;
    }
}
