package dev.syncdb.postgres;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.Namespaces;
import dev.syncdb.model.EnumType;
import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.Schema;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.Sequence;
import dev.syncdb.model.Table;
import dev.syncdb.model.Unsupported;
import dev.syncdb.model.View;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads several managed namespaces into one model ({@link PgNamespaces}): the session's
 * {@code search_path} is the first namespace alone, as for one, so types, defaults and view queries
 * print names of the first bare and names of the others qualified ({@code billing.invoices}),
 * exactly as the model names them; each namespace is read by the one-namespace inspector,
 * and the tables, views, sequences and enum types of every namespace but the first are renamed
 * {@code namespace.name}, with the foreign keys, view dependencies and sequence owners that name
 * them; a view's dependencies include what it reads in the other managed namespaces. Each such namespace that exists is a {@link SchemaObject.Kind#SCHEMA} object (created first,
 * dropped last). The other objects of those namespaces (functions, triggers, domains, composite and
 * range types, policies, extensions placed there) are named the same way ({@link PgNamespaceObjects}),
 * and the dependencies between objects of different managed namespaces are read by one query over
 * all of them ({@link PgNamespaceDependencies}); so are privileges on them and on the namespace.
 */
final class PgManyNamespaces {

    /** Reads one namespace with the search path left as it is. */
    interface OneNamespace {
        Schema read(Connection connection, String namespace) throws SQLException;
    }

    private PgManyNamespaces() {
    }

    static Schema inspect(Connection connection, String joined, OneNamespace one) throws SQLException {
        List<String> names = Namespaces.split(joined);
        try (Statement st = connection.createStatement()) {
            st.execute("SET search_path TO " + PostgresQuote.always(names.get(0)));
        }
        Schema first = one.read(connection, names.get(0));
        List<String> others = names.subList(1, names.size());
        refuseAmbiguous(first, others);
        List<Table> tables = new ArrayList<>(first.tables().stream().map(t -> referencing(t, names)).toList());
        List<EnumType> enums = new ArrayList<>(first.enums());
        List<Sequence> sequences = new ArrayList<>(first.sequences());
        List<View> views = new ArrayList<>(first.views());
        List<SchemaObject> objects = new ArrayList<>(first.objects());
        List<Unsupported> notes = new ArrayList<>(first.unsupported());
        for (String ns : existing(connection, others)) {
            Schema s = one.read(connection, ns);
            s.tables().forEach(t -> tables.add(qualified(t, ns, names)));
            s.enums().forEach(e -> enums.add(new EnumType(q(ns, e.name()), e.values(), e.comment())));
            s.sequences().forEach(q -> sequences.add(new Sequence(q(ns, q.name()), q.dataType(), q.start(), q.increment(),
                    q.minValue(), q.maxValue(), q.cache(), q.cycle(), q.ownedByTable() == null ? null : q(ns, q.ownedByTable()),
                    q.ownedByColumn())));
            s.views().forEach(v -> views.add(new View(q(ns, v.name()), v.definition(), v.materialized(),
                    v.dependsOn().stream().map(d -> q(ns, d)).toList(), v.comment())));
            objects.add(schemaObject(ns));
            s.objects().forEach(o -> objects.add(PgNamespaceObjects.qualified(o, ns)));
            s.unsupported().forEach(u -> notes.add(new Unsupported(u.kind(), q(ns, u.name()), u.detail())));
        }
        return new Schema(joined, tables, enums, sequences, views(views, crossDependencies(connection, names)),
                PgNamespaceDependencies.add(connection, names, objects), notes);
    }

    /** The views with the relations of other managed namespaces they read added to their dependencies. */
    private static List<View> views(List<View> views, Map<String, List<String>> cross) {
        return views.stream().map(v -> !cross.containsKey(v.name()) ? v : new View(v.name(), v.definition(),
                v.materialized(), Stream.concat(v.dependsOn().stream(), cross.get(v.name()).stream()).sorted().toList(),
                v.comment())).toList();
    }

    /** For each view (by model name), the relations of other managed namespaces it reads (model names). */
    private static Map<String, List<String>> crossDependencies(Connection connection, List<String> names)
            throws SQLException {
        String sql = dev.syncdb.dialect.CatalogResource.read(PostgresInspector.class, "sql/cross_view_deps.sql");
        Map<String, List<String>> out = new java.util.HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            Array array = connection.createArrayOf("text", names.toArray());
            ps.setArray(1, array);
            ps.setArray(2, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(model(names, rs.getString(1), rs.getString(2)), k -> new ArrayList<>())
                            .add(model(names, rs.getString(3), rs.getString(4)));
                }
            }
        }
        return out;
    }

    /** The model name of relation {@code name} of managed namespace {@code namespace}. */
    private static String model(List<String> names, String namespace, String name) {
        return namespace.equals(names.get(0)) ? name : q(namespace, name);
    }

    /** A managed namespace other than the first, as the object that creates it. */
    static SchemaObject schemaObject(String namespace) {
        return new SchemaObject(SchemaObject.Kind.SCHEMA, namespace, null, namespace,
                "CREATE SCHEMA " + PostgresQuote.ident(namespace), Map.of(), List.of(), List.of());
    }

    private static String q(String namespace, String name) {
        return PgNamespaces.qualify(namespace, name);
    }

    /** The namespaces of {@code names} that exist, in the given order. */
    static List<String> existing(Connection connection, List<String> names) throws SQLException {
        Set<String> found = new LinkedHashSet<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT nspname FROM pg_namespace WHERE nspname = ANY(?)")) {
            Array array = connection.createArrayOf("text", names.toArray());
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return names.stream().filter(found::contains).toList();
    }

    /** A name of the first namespace that reads as another managed namespace's name cannot be told apart. */
    private static void refuseAmbiguous(Schema first, List<String> others) {
        Stream.of(first.tables().stream().map(Table::name), first.views().stream().map(View::name),
                        first.sequences().stream().map(Sequence::name), first.enums().stream().map(EnumType::name))
                .flatMap(s -> s)
                .filter(n -> others.stream().anyMatch(o -> n.startsWith(o + ".")))
                .findFirst().ifPresent(n -> {
                    throw SyncdbException.error("the name " + n + " in the first managed schema reads as a name of"
                            + " another managed schema; rename it or manage the schemas in separate runs");
                });
    }

    private static Table qualified(Table t, String ns, List<String> names) {
        Table r = referencing(t, names, ns);
        return new Table(q(ns, r.name()), r.columns(), r.primaryKey(), r.uniqueKeys(), r.indexes(), r.foreignKeys(),
                r.checks(), r.comment(), r.options(), r.parents().stream().map(p -> q(ns, p)).toList(), r.exclusions());
    }

    private static Table referencing(Table t, List<String> names) {
        return referencing(t, names, names.get(0));
    }

    /** {@code t} (of namespace {@code own}) with foreign keys to managed namespaces named the model's way. */
    private static Table referencing(Table t, List<String> names, String own) {
        List<ForeignKey> keys = t.foreignKeys().stream().map(f -> {
            String ns = f.refSchema() == null ? own : f.refSchema();
            if (!names.contains(ns)) {
                return f;
            }
            String ref = ns.equals(names.get(0)) ? f.refTable() : q(ns, f.refTable());
            return new ForeignKey(f.name(), f.columns(), null, ref, f.refColumns(), f.onDelete(), f.onUpdate(),
                    f.deferrable(), f.initiallyDeferred(), f.match());
        }).toList();
        return keys.equals(t.foreignKeys()) ? t : new Table(t.name(), t.columns(), t.primaryKey(), t.uniqueKeys(),
                t.indexes(), keys, t.checks(), t.comment(), t.options(), t.parents(), t.exclusions());
    }
}
