package dev.syncdb.plan;

import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.AddColumn;
import dev.syncdb.diff.SchemaChange.RebuildTable;
import dev.syncdb.model.Column;
import dev.syncdb.model.Index;
import dev.syncdb.model.IndexKey;
import dev.syncdb.model.Table;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The columns a plan adds to existing tables (by {@code AddColumn} or inside a table rebuild). A
 * live-data check of a rule over such a column cannot query it, since the column does not exist yet:
 * in every existing row it will hold its default, or NULL without one. {@link #guard} answers those
 * checks from that fact instead of querying.
 */
final class AddedColumns {
    private final Map<String, Map<String, Column>> byTable = new HashMap<>();

    AddedColumns(List<SchemaChange> changes) {
        for (SchemaChange c : changes) {
            if (c instanceof AddColumn x) {
                put(x.table(), x.column());
            } else if (c instanceof RebuildTable x) {
                x.desired().columns().stream().filter(col -> x.current().column(col.name()).isEmpty())
                        .forEach(col -> put(x.desired().name(), col));
            }
        }
    }

    private void put(String table, Column column) {
        byTable.computeIfAbsent(table, k -> new HashMap<>()).put(column.name().toLowerCase(Locale.ROOT), column);
    }

    /** The added columns of {@code table} among {@code names}. */
    List<Column> among(Table table, Collection<String> names) {
        Map<String, Column> added = byTable.getOrDefault(table.name(), Map.of());
        return names.stream().map(n -> added.get(n.toLowerCase(Locale.ROOT))).filter(c -> c != null
                && table.column(c.name()).isEmpty()).toList();
    }

    /** The added columns of {@code table} that the index uses: as a key, in a key expression or in its predicate. */
    List<Column> inIndex(Table table, Index index) {
        java.util.LinkedHashSet<Column> out = new java.util.LinkedHashSet<>(among(table,
                index.keys().stream().filter(k -> !k.isExpression()).map(IndexKey::expression).toList()));
        index.keys().stream().filter(IndexKey::isExpression).forEach(k -> out.addAll(mentionedIn(table, k.expression())));
        if (index.predicate() != null) {
            out.addAll(mentionedIn(table, index.predicate()));
        }
        return List.copyOf(out);
    }

    /** The added columns of {@code table} whose name appears as a word in {@code expression}. */
    List<Column> mentionedIn(Table table, String expression) {
        Map<String, Column> added = byTable.getOrDefault(table.name(), Map.of());
        return added.values().stream().filter(c -> table.column(c.name()).isEmpty() && Pattern.compile(
                "(?i)(?<![\\w$])" + Pattern.quote(c.name()) + "(?![\\w$])").matcher(expression).find()).toList();
    }

    /**
     * The answer for a rule over {@code columns} that the plan adds, or empty when none of them is
     * new. {@code nullSafe} says whether NULL in every row satisfies the rule (true for a uniqueness
     * rule whose NULLs are distinct, and for a foreign key).
     */
    static Optional<PreflightQuery> guard(String table, List<Column> columns, boolean nullSafe) {
        if (columns.isEmpty()) {
            return Optional.empty();
        }
        String names = table + "." + String.join(", " + table + ".", columns.stream().map(Column::name).toList());
        boolean allNull = columns.stream().allMatch(c -> c.defaultExpr() == null && c.identity() == null && c.generated() == null);
        if (nullSafe && allNull) {
            return Optional.of(PreflightQuery.clear(names + " is added in this plan and holds NULL in every existing row,"
                    + " which the rule accepts"));
        }
        return Optional.of(PreflightQuery.unchecked(names + " is added in this plan; existing rows get its default,"
                + " which this check does not evaluate"));
    }
}
