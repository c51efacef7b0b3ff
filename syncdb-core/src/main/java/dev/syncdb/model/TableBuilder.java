package dev.syncdb.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A mutable builder of {@link Table}, used by inspectors and tests. */
public final class TableBuilder {
    private final String name;
    private final List<Column> columns = new ArrayList<>();
    private PrimaryKey primaryKey;
    private final List<UniqueKey> uniqueKeys = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<CheckConstraint> checks = new ArrayList<>();
    private String comment;
    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> parents = new ArrayList<>();
    private final List<ExclusionConstraint> exclusions = new ArrayList<>();

    TableBuilder(String name) {
        this.name = name;
    }

    TableBuilder(Table t) {
        this(t.name());
        columns.addAll(t.columns());
        primaryKey = t.primaryKey();
        uniqueKeys.addAll(t.uniqueKeys());
        indexes.addAll(t.indexes());
        foreignKeys.addAll(t.foreignKeys());
        checks.addAll(t.checks());
        comment = t.comment();
        options.putAll(t.options());
        parents.addAll(t.parents());
        exclusions.addAll(t.exclusions());
    }

    public String name() {
        return name;
    }

    public TableBuilder column(Column c) {
        columns.add(c);
        return this;
    }

    public TableBuilder column(String n, String type) {
        return column(Column.of(n, type));
    }

    public TableBuilder primaryKey(PrimaryKey pk) {
        this.primaryKey = pk;
        return this;
    }

    public TableBuilder primaryKey(String... cols) {
        return primaryKey(new PrimaryKey(name + "_pkey", List.of(cols)));
    }

    public TableBuilder unique(UniqueKey u) {
        uniqueKeys.add(u);
        return this;
    }

    public TableBuilder index(Index i) {
        indexes.add(i);
        return this;
    }

    public TableBuilder foreignKey(ForeignKey fk) {
        foreignKeys.add(fk);
        return this;
    }

    public TableBuilder check(CheckConstraint c) {
        checks.add(c);
        return this;
    }

    public TableBuilder comment(String c) {
        this.comment = c;
        return this;
    }

    public TableBuilder option(String key, String value) {
        options.put(key, value);
        return this;
    }

    /** Adds a table this one derives from (see {@link Table#parents()}). */
    public TableBuilder parent(String table) {
        parents.add(table);
        return this;
    }

    public TableBuilder exclusion(ExclusionConstraint x) {
        exclusions.add(x);
        return this;
    }

    public TableBuilder clearForeignKeys() {
        foreignKeys.clear();
        return this;
    }

    public Table build() {
        return new Table(name, columns, primaryKey, uniqueKeys, indexes, foreignKeys, checks, comment, options, parents, exclusions);
    }
}
