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
import java.util.Comparator;
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
        return inspectParts(List.of(c), schemaName);
    }

    /**
     * The in-memory databases of a script split by {@link SqliteScriptParts}, read as one: each
     * query's rows from every part, the objects in the order one database gives them.
     */
    @Override
    public Schema inspectParts(List<Connection> parts, String schemaName) throws SQLException {
        List<Map<String, Object>> objects = new ArrayList<>();
        List<Map<String, Object>> columnRows = new ArrayList<>();
        List<Map<String, Object>> indexRows = new ArrayList<>();
        List<Map<String, Object>> fkRows = new ArrayList<>();
        for (Connection c : parts) {
            CatalogQuery query = new CatalogQuery(SqliteInspector.class, c, schemaName,
                    Map.of("SCHEMA", SqliteQuote.ident(schemaName)));
            objects.addAll(query.rows("objects"));
            columnRows.addAll(query.rows("columns"));
            indexRows.addAll(query.rows("indexes"));
            fkRows.addAll(query.rows("foreign_keys"));
        }
        if (parts.size() > 1) {
            objects.sort(Comparator.comparing((Map<String, Object> o) -> text(o, "type"), SqliteInspector::binary)
                    .thenComparing(o -> text(o, "name"), SqliteInspector::binary));
        }
        return schema(schemaName, objects, byTable(columnRows), byTable(indexRows), byTable(fkRows));
    }

    /** SQLite's BINARY collation: UTF-8 byte order, which is code point order. */
    static int binary(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static Schema schema(String schemaName, List<Map<String, Object>> objects,
                                 Map<String, List<Map<String, Object>>> columns,
                                 Map<String, List<Map<String, Object>>> indexes,
                                 Map<String, List<Map<String, Object>>> fks) {
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
