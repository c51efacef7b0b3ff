package dev.syncdb.postgres;

import dev.syncdb.model.SchemaObject;
import dev.syncdb.plan.Statement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.syncdb.postgres.PostgresQuote.ident;

/**
 * ALTER TYPE for a composite type whose attributes change: dropped attributes go, changed types are
 * altered, new attributes are added at the end. Possible only when the attributes both sides keep
 * stay in their order and every new one comes after them; otherwise the type is re-created.
 */
final class PgCompositeSql {

    private PgCompositeSql() {
    }

    /** Whether {@code from} becomes {@code to} by ALTER TYPE alone. */
    static boolean alterable(SchemaObject from, SchemaObject to) {
        Map<String, String> a = attributes(from);
        Map<String, String> b = attributes(to);
        List<String> keptInFrom = a.keySet().stream().filter(b::containsKey).toList();
        List<String> bNames = new ArrayList<>(b.keySet());
        return bNames.subList(0, Math.min(keptInFrom.size(), bNames.size())).equals(keptInFrom);
    }

    /** One ALTER TYPE with every attribute action. */
    static List<Statement> alter(SchemaObject from, SchemaObject to) {
        Map<String, String> a = attributes(from);
        Map<String, String> b = attributes(to);
        List<String> actions = new ArrayList<>();
        a.keySet().stream().filter(n -> !b.containsKey(n)).forEach(n -> actions.add("DROP ATTRIBUTE " + n));
        a.forEach((n, type) -> {
            if (b.containsKey(n) && !b.get(n).equals(type)) {
                actions.add("ALTER ATTRIBUTE " + n + " TYPE " + b.get(n));
            }
        });
        b.forEach((n, type) -> {
            if (!a.containsKey(n)) {
                actions.add("ADD ATTRIBUTE " + n + " " + type);
            }
        });
        return List.of(Statement.of("ALTER TYPE " + PgNamespaces.sql(to.name()) + " " + String.join(", ", actions)));
    }

    /** Quoted attribute name to "type [COLLATE c]", in attribute order. */
    private static Map<String, String> attributes(SchemaObject o) {
        Map<String, String> out = new LinkedHashMap<>();
        o.properties().forEach((k, v) -> {
            if (k.startsWith(CatalogTypeObjects.ATTRIBUTE_PREFIX) && k.endsWith(":name")) {
                out.put(v, o.property(k.substring(0, k.length() - "name".length()) + "type"));
            }
        });
        return out;
    }
}
