package dev.syncdb.sqlite;

import dev.syncdb.sqlite.parse.CreateIndexParser;
import dev.syncdb.sqlite.parse.ParsedTable;
import dev.syncdb.model.Column;
import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.Generated;
import dev.syncdb.model.Identity;
import dev.syncdb.model.Index;
import dev.syncdb.model.PrimaryKey;
import dev.syncdb.model.Table;
import dev.syncdb.model.TableBuilder;
import dev.syncdb.model.UniqueKey;
import dev.syncdb.sqlite.parse.ParsedTable.ParsedColumn;
import dev.syncdb.sqlite.parse.ParsedTable.ParsedForeignKey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.syncdb.dialect.CatalogQuery.number;
import static dev.syncdb.dialect.CatalogQuery.text;

/**
 * Assembles one {@link Table} from the bulk catalog rows that belong to it and from its parsed
 * CREATE TABLE text.
 */
final class TableReader {
    private final Map<String, String> tableNames;

    /** @param tableNames every table name of the schema by its lower-case spelling */
    TableReader(Map<String, String> tableNames) {
        this.tableNames = tableNames;
    }

    Table read(String name, ParsedTable parsed, List<Map<String, Object>> columns,
               List<Map<String, Object>> indexRows, List<Map<String, Object>> fkRows) {
        TableBuilder b = Table.builder(name);
        TreeMap<Integer, String> pk = new TreeMap<>();
        for (Map<String, Object> r : columns) {
            b.column(column(r, parsed));
            if (number(r, "pk") > 0) {
                pk.put(number(r, "pk"), text(r, "column_name"));
            }
        }
        if (!pk.isEmpty()) {
            b.primaryKey(new PrimaryKey(parsed.primaryKeyName(), List.copyOf(pk.values())));
        }
        indexes(b, parsed, indexRows);
        foreignKeys(b, parsed, fkRows);
        parsed.checks().forEach(b::check);
        if (parsed.withoutRowid()) {
            b.option(SqliteDiffHooks.WITHOUT_ROWID, "true");
        }
        if (parsed.strict()) {
            b.option(SqliteDiffHooks.STRICT, "true");
        }
        return b.build();
    }

    private static Column column(Map<String, Object> r, ParsedTable parsed) {
        String name = text(r, "column_name");
        ParsedColumn p = parsed.column(name).orElse(new ParsedColumn(name, null, null, false));
        int hidden = number(r, "hidden");
        Generated generated = p.generated();
        if (generated == null && hidden >= 2) {
            generated = new Generated("?", hidden == 3);
        }
        return new Column(name, SqliteTypes.of(text(r, "type")), number(r, "not_null") == 0,
                generated == null ? text(r, "dflt_value") : null,
                p.autoincrement() ? Identity.of(Identity.Generation.AUTOINCREMENT) : null,
                generated, p.collation(), null);
    }

    private static void indexes(TableBuilder b, ParsedTable parsed, List<Map<String, Object>> rows) {
        Map<String, List<Map<String, Object>>> byIndex = new LinkedHashMap<>();
        rows.forEach(r -> byIndex.computeIfAbsent(text(r, "index_name"), k -> new ArrayList<>()).add(r));
        for (Map.Entry<String, List<Map<String, Object>>> e : byIndex.entrySet()) {
            Map<String, Object> first = e.getValue().get(0);
            String origin = text(first, "origin");
            if ("u".equals(origin)) {
                List<String> cols = e.getValue().stream().map(r -> text(r, "column_name")).toList();
                b.unique(UniqueKey.of(parsed.uniqueName(cols), cols));
            } else if ("c".equals(origin) && text(first, "sql") != null) {
                String sql = text(first, "sql");
                CreateIndexParser.ParsedIndex pi = CreateIndexParser.parseIndex(sql);
                b.index(new Index(e.getKey(), number(first, "is_unique") == 1, null, pi.keys(), List.of(),
                        pi.predicate(), false, sql));
            }
        }
    }

    private void foreignKeys(TableBuilder b, ParsedTable parsed, List<Map<String, Object>> rows) {
        Map<Integer, List<Map<String, Object>>> byId = new TreeMap<>();
        rows.forEach(r -> byId.computeIfAbsent(number(r, "id"), k -> new ArrayList<>()).add(r));
        List<ParsedForeignKey> unused = new ArrayList<>(parsed.foreignKeys());
        List<ForeignKey> out = new ArrayList<>();
        for (List<Map<String, Object>> parts : byId.values()) {
            Map<String, Object> first = parts.get(0);
            List<String> cols = parts.stream().map(r -> text(r, "from_column")).toList();
            boolean anyTo = parts.stream().allMatch(r -> text(r, "to_column") != null);
            List<String> refCols = anyTo ? parts.stream().map(r -> text(r, "to_column")).toList() : List.of();
            String ref = text(first, "ref_table");
            ParsedForeignKey p = take(unused, cols, ref);
            String refTable = tableNames.getOrDefault(ref.toLowerCase(java.util.Locale.ROOT), ref);
            out.add(new ForeignKey(p == null ? null : p.name(), cols, null, refTable, refCols,
                    text(first, "on_delete"), text(first, "on_update"), p != null && p.deferrable(),
                    p != null && p.initiallyDeferred(), text(first, "match_rule")));
        }
        // SQLite numbers foreign keys last-declared first; list them in declaration order
        for (int i = out.size() - 1; i >= 0; i--) {
            b.foreignKey(out.get(i));
        }
    }

    private static ParsedForeignKey take(List<ParsedForeignKey> unused, List<String> cols, String ref) {
        for (ParsedForeignKey p : unused) {
            if (ParsedTable.sameNames(p.columns(), cols) && p.refTable().equalsIgnoreCase(ref)) {
                unused.remove(p);
                return p;
            }
        }
        return null;
    }
}
