package dev.syncdb.postgres;

import dev.syncdb.dialect.CatalogResource;
import dev.syncdb.model.ObjectRef;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.SchemaObject.Kind;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dependencies between objects of two different managed namespaces, read by one query over all
 * of them ({@code cross_object_deps.sql}) and added to the objects of the model: a function of
 * {@code util} called by a default or a trigger of {@code app} is created before that table and
 * dropped after it; a domain of {@code types} a table of {@code app} uses, likewise.
 */
final class PgNamespaceDependencies {

    private PgNamespaceDependencies() {
    }

    /** {@code objects} (model names) with the dependencies across {@code names} (first namespace first) added. */
    static List<SchemaObject> add(Connection connection, List<String> names, List<SchemaObject> objects)
            throws SQLException {
        Map<ObjectRef, List<ObjectRef>> needs = new HashMap<>();
        Map<ObjectRef, List<ObjectRef>> users = new HashMap<>();
        String sql = CatalogResource.read(PostgresInspector.class, "sql/cross_object_deps.sql");
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            Array array = connection.createArrayOf("text", names.toArray());
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ObjectRef a = ref(names, rs.getString("nsp"), rs.getString("kind"), rs.getString("ident"));
                    ObjectRef b = ref(names, rs.getString("ref_nsp"), rs.getString("ref_kind"), rs.getString("ref_ident"));
                    addOnce(needs.computeIfAbsent(a, k -> new ArrayList<>()), b);
                    String column = rs.getString("ref_column");
                    boolean relation = a.kind() == Kind.TABLE || a.kind() == Kind.VIEW;
                    if (column != null && !relation) {
                        addOnce(needs.get(a), new ObjectRef(Kind.COLUMN, b.identity() + "." + column));
                    }
                    if (relation) {
                        addOnce(users.computeIfAbsent(b, k -> new ArrayList<>()), a);
                    }
                }
            }
        }
        if (needs.isEmpty()) {
            return objects;
        }
        List<SchemaObject> out = new ArrayList<>();
        for (SchemaObject o : objects) {
            List<ObjectRef> n = new ArrayList<>(o.dependsOn());
            needs.getOrDefault(o.ref(), List.of()).forEach(r -> addOnce(n, r));
            List<ObjectRef> u = new ArrayList<>(o.usedBy());
            users.getOrDefault(o.ref(), List.of()).forEach(r -> addOnce(u, r));
            out.add(new SchemaObject(o.kind(), o.name(), o.table(), o.identity(), o.definition(), o.properties(), n, u));
        }
        return out;
    }

    private static ObjectRef ref(List<String> names, String ns, String kind, String identity) {
        return new ObjectRef(Kind.valueOf(kind), ns.equals(names.get(0)) ? identity : PgNamespaces.qualify(ns, identity));
    }

    private static void addOnce(List<ObjectRef> refs, ObjectRef r) {
        if (!refs.contains(r)) {
            refs.add(r);
        }
    }
}
