package dev.syncdb.postgres;

import dev.syncdb.dialect.CatalogQuery;
import dev.syncdb.model.EnumType;
import dev.syncdb.model.Sequence;
import dev.syncdb.model.Unsupported;
import dev.syncdb.model.View;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The readers of the catalog queries for objects that do not hang off a table: enum types,
 * sequences, views with their dependencies, and the objects the model cannot represent.
 */
final class CatalogObjects {

    private CatalogObjects() {
    }

    static List<EnumType> enums(CatalogQuery query) throws SQLException {
        List<EnumType> out = new ArrayList<>();
        query.run("enums", rs -> out.add(new EnumType(rs.getString("typname"),
                Arrays.stream(CatalogQuery.array(rs, "labels")).map(String::valueOf).toList(),
                rs.getString("comment"))));
        return out;
    }

    static List<Sequence> sequences(CatalogQuery query) throws SQLException {
        List<Sequence> out = new ArrayList<>();
        query.run("sequences", rs -> out.add(new Sequence(rs.getString("relname"), rs.getString("data_type"),
                rs.getLong("seqstart"), rs.getLong("seqincrement"), rs.getLong("seqmin"), rs.getLong("seqmax"),
                rs.getLong("seqcache"), rs.getBoolean("seqcycle"), rs.getString("owned_table"),
                rs.getString("owned_column"))));
        return out;
    }

    /** Views and materialized views, each with the same-namespace tables and views it reads. */
    static List<View> views(CatalogQuery query) throws SQLException {
        Map<String, List<String>> deps = new HashMap<>();
        query.run("view_deps", rs -> deps.computeIfAbsent(rs.getString("view_name"), k -> new ArrayList<>())
                .add(rs.getString("dependency")));
        List<View> out = new ArrayList<>();
        query.run("views", rs -> {
            String name = rs.getString("relname");
            out.add(new View(name, rs.getString("definition"), rs.getBoolean("materialized"),
                    deps.getOrDefault(name, List.of()), rs.getString("comment")));
        });
        return out;
    }

    static List<Unsupported> unsupported(CatalogQuery query) throws SQLException {
        List<Unsupported> out = new ArrayList<>();
        query.run("unsupported", rs -> out.add(new Unsupported(rs.getString("kind"), rs.getString("name"),
                rs.getString("detail"))));
        return out;
    }
}
