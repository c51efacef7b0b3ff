package dev.syncdb.postgres;

import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.CreateObject;
import dev.syncdb.diff.SchemaChange.ReplaceObject;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.SchemaObject.Kind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a PostgreSQL server must offer for a plan to run, checked before anything runs: every
 * extension the plan creates or updates must be installable in the version asked
 * ({@code pg_available_extension_versions}), and every role a privilege is granted to must exist
 * ({@code pg_roles}). Each shortfall is one line saying what is missing and what to do.
 */
final class PgRequirements {

    private PgRequirements() {
    }

    static List<String> unmet(Connection c, List<SchemaChange> changes) throws SQLException {
        Map<String, String> extensions = new LinkedHashMap<>();
        Set<String> roles = new LinkedHashSet<>();
        for (SchemaChange change : changes) {
            SchemaObject o = change instanceof CreateObject x ? x.desired()
                    : change instanceof ReplaceObject x ? x.to() : null;
            if (o != null && o.kind() == Kind.EXTENSION) {
                extensions.put(o.name(), o.property(CatalogTypeObjects.VERSION));
            } else if (o != null && o.kind() == Kind.PRIVILEGE && !"PUBLIC".equals(o.name())) {
                roles.add(o.name());
            }
        }
        List<String> out = new ArrayList<>();
        if (!extensions.isEmpty()) {
            extensions(c, extensions, out);
        }
        if (!roles.isEmpty()) {
            roles(c, roles, out);
        }
        return out;
    }

    private static void extensions(Connection c, Map<String, String> wanted, List<String> out) throws SQLException {
        Map<String, Set<String>> available = new TreeMap<>();
        query(c, "SELECT name::text, version FROM pg_available_extension_versions WHERE name = ANY (?)",
                wanted.keySet(), rs -> available.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2)));
        wanted.forEach((name, version) -> {
            Set<String> versions = available.get(name);
            if (versions == null) {
                out.add("extension " + name + " is not available on this server (not in pg_available_extensions):"
                        + " install its package on the server, or remove it from the desired schema");
            } else if (version != null && !versions.contains(version)) {
                out.add("extension " + name + " version " + version + " is not available on this server (it offers "
                        + String.join(", ", versions) + "): install that version, or ask for one it offers");
            }
        });
    }

    private static void roles(Connection c, Set<String> wanted, List<String> out) throws SQLException {
        Set<String> found = new TreeSet<>();
        query(c, "SELECT rolname::text FROM pg_roles WHERE rolname = ANY (?)", wanted, rs -> found.add(rs.getString(1)));
        List<String> missing = wanted.stream().filter(r -> !found.contains(r)).toList();
        if (!missing.isEmpty()) {
            out.add((missing.size() == 1 ? "role " + missing.get(0) + " does not exist"
                    : "roles " + String.join(", ", missing) + " do not exist")
                    + " on this server, but the desired privileges grant to " + (missing.size() == 1 ? "it" : "them")
                    + ": create " + (missing.size() == 1 ? "it" : "them")
                    + " first, or leave privileges out (without --privileges)");
        }
    }

    /** One row of a query. */
    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, Set<String> names, Row row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", names.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }
}
