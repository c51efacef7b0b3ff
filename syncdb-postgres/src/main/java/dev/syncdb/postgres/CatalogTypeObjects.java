package dev.syncdb.postgres;

import dev.syncdb.dialect.CatalogQuery;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.SchemaObject.Kind;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.syncdb.postgres.PostgresQuote.ident;
import static dev.syncdb.postgres.PostgresQuote.literal;

/**
 * The readers of the catalog queries for extensions, domains, composite types and range types:
 * each becomes a {@link SchemaObject} whose definition is the CREATE statement that makes it,
 * written from the catalog's parts (PostgreSQL has no function that prints these statements).
 */
final class CatalogTypeObjects {

    /** Property names the renderer alters domains and extensions by. */
    static final String VERSION = "version";
    static final String BASE = "base";
    static final String COLLATION = "collation";
    static final String DEFAULT = "default";
    static final String NOT_NULL = "not_null";
    static final String CHECK_PREFIX = "check:";
    static final String ATTRIBUTE_PREFIX = "attribute:";

    private CatalogTypeObjects() {
    }

    static void read(CatalogQuery query, List<SchemaObject> out) throws SQLException {
        query.run("extensions", rs -> {
            String name = rs.getString("name");
            String version = rs.getString("version");
            out.add(object(Kind.EXTENSION, name, "CREATE EXTENSION " + ident(name) + " VERSION " + literal(version),
                    Map.of(VERSION, version)));
        });
        query.run("domains", rs -> out.add(domain(rs.getString("name"), rs.getString("base"),
                rs.getString("collation"), rs.getString("default_expr"), rs.getBoolean("not_null"),
                CatalogQuery.array(rs, "checks"))));
        query.run("composite_types", rs -> out.add(composite(rs.getString("name"),
                CatalogQuery.array(rs, "attribute_names"), CatalogQuery.array(rs, "attribute_types"))));
        query.run("range_types", rs -> {
            String name = rs.getString("name");
            StringBuilder sql = new StringBuilder("CREATE TYPE " + ident(name) + " AS RANGE (SUBTYPE = "
                    + rs.getString("subtype"));
            option(sql, "SUBTYPE_OPCLASS", rs.getString("opclass"));
            option(sql, "COLLATION", rs.getString("collation"));
            option(sql, "CANONICAL", rs.getString("canonical"));
            option(sql, "SUBTYPE_DIFF", rs.getString("subtype_diff"));
            out.add(object(Kind.RANGE_TYPE, name, sql.append(")").toString(), Map.of()));
        });
    }

    /**
     * CREATE DOMAIN with its collation, default, NOT NULL and named checks, and those parts as
     * properties (a check under {@code check:} and its quoted name). Checks are written the way
     * PostgreSQL keeps them when read back ({@link PgCheckText#forSql}).
     */
    private static SchemaObject domain(String name, String base, String collation, String defaultExpr,
                                       boolean notNull, Object[] checks) {
        Map<String, String> props = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("CREATE DOMAIN " + ident(name) + " AS " + base);
        props.put(BASE, base);
        if (collation != null) {
            sql.append(" COLLATE ").append(collation);
            props.put(COLLATION, collation);
        }
        if (defaultExpr != null) {
            sql.append(" DEFAULT ").append(defaultExpr);
            props.put(DEFAULT, defaultExpr);
        }
        if (notNull) {
            sql.append(" NOT NULL");
            props.put(NOT_NULL, "true");
        }
        for (Object c : checks) {
            String check = String.valueOf(c);
            int space = check.indexOf(' ');
            String body = check.substring(space + 1);
            if (body.startsWith("CHECK ")) {
                body = "CHECK " + PgCheckText.forSql(body.substring("CHECK ".length()));
            }
            sql.append(" CONSTRAINT ").append(check, 0, space).append(' ').append(body);
            props.put(CHECK_PREFIX + check.substring(0, space), body);
        }
        return object(Kind.DOMAIN, name, sql.toString(), props);
    }

    /** CREATE TYPE ... AS (...), with each attribute as properties {@code attribute:NNN:name} and {@code :type}. */
    private static SchemaObject composite(String name, Object[] names, Object[] types) {
        Map<String, String> props = new LinkedHashMap<>();
        List<String> attributes = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            String key = String.format("%s%03d:", ATTRIBUTE_PREFIX, i);
            props.put(key + "name", String.valueOf(names[i]));
            props.put(key + "type", String.valueOf(types[i]));
            attributes.add(names[i] + " " + types[i]);
        }
        return object(Kind.COMPOSITE_TYPE, name,
                "CREATE TYPE " + ident(name) + " AS (" + String.join(", ", attributes) + ")", props);
    }

    private static void option(StringBuilder sql, String name, String value) {
        if (value != null) {
            sql.append(", ").append(name).append(" = ").append(value);
        }
    }

    private static SchemaObject object(Kind kind, String name, String definition, Map<String, String> props) {
        return new SchemaObject(kind, name, null, name, definition, props, List.of(), List.of());
    }
}
