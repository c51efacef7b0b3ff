package dev.syncdb.mysql;

import dev.syncdb.dialect.CatalogQuery;
import dev.syncdb.model.ObjectRef;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.SchemaObject.Kind;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.syncdb.mysql.MysqlQuote.ident;
import static dev.syncdb.mysql.MysqlQuote.literal;

/**
 * MySQL / MariaDB triggers, stored functions and procedures and events as {@link SchemaObject}s,
 * read with one information_schema query per kind (plus one for routine parameters). There is no
 * bulk way to get SHOW CREATE text, so each definition is a CREATE statement written from the
 * catalog's parts, with what differs between two copies of one schema left out: the definer, the
 * sql_mode and character sets the object was created under, a routine's result character set and
 * an event's start time when it is not in the future. Triggers need their table; routines and
 * events need nothing the server checks when they are created (their bodies are resolved when they run).
 * Not compared: the firing order of triggers with the same timing and event (FOLLOWS / PRECEDES).
 */
final class MysqlObjects {

    private MysqlObjects() {
    }

    static List<SchemaObject> read(CatalogQuery query) throws SQLException {
        List<SchemaObject> out = new ArrayList<>();
        query.run("triggers", rs -> out.add(trigger(rs)));
        Map<String, List<String>> params = parameters(query);
        query.run("routines", rs -> out.add(routine(rs, params)));
        query.run("events", rs -> out.add(event(rs)));
        return out;
    }

    /** The statement that drops {@code o}. */
    static String drop(SchemaObject o) {
        String what = switch (o.kind()) {
            case TRIGGER -> "TRIGGER ";
            case FUNCTION -> "FUNCTION ";
            case PROCEDURE -> "PROCEDURE ";
            case EVENT -> "EVENT ";
            default -> throw new IllegalStateException("not an object MySQL has: " + o.ref());
        };
        return "DROP " + what + ident(o.name());
    }

    private static SchemaObject trigger(ResultSet rs) throws SQLException {
        String name = rs.getString("TRIGGER_NAME");
        String table = rs.getString("EVENT_OBJECT_TABLE");
        String sql = "CREATE TRIGGER " + ident(name) + " " + rs.getString("ACTION_TIMING") + " "
                + rs.getString("EVENT_MANIPULATION") + " ON " + ident(table) + " FOR EACH ROW "
                + body(rs.getString("ACTION_STATEMENT"));
        return new SchemaObject(Kind.TRIGGER, name, table, table + "." + name, sql, Map.of(),
                List.of(new ObjectRef(Kind.TABLE, table)), List.of());
    }

    private static SchemaObject routine(ResultSet rs, Map<String, List<String>> params) throws SQLException {
        String name = rs.getString("ROUTINE_NAME");
        boolean function = "FUNCTION".equals(rs.getString("ROUTINE_TYPE"));
        String args = String.join(", ", params.getOrDefault(key(rs.getString("ROUTINE_TYPE"), name), List.of()));
        StringBuilder sql = new StringBuilder("CREATE ").append(function ? "FUNCTION " : "PROCEDURE ")
                .append(ident(name)).append("(").append(args).append(")");
        if (function) {
            sql.append(" RETURNS ").append(rs.getString("DTD_IDENTIFIER"));
        }
        String comment = rs.getString("ROUTINE_COMMENT");
        if (comment != null && !comment.isEmpty()) {
            sql.append(" COMMENT ").append(literal(comment));
        }
        if ("YES".equals(rs.getString("IS_DETERMINISTIC"))) {
            sql.append(" DETERMINISTIC");
        }
        String access = rs.getString("SQL_DATA_ACCESS");
        if (access != null && !"CONTAINS SQL".equals(access)) {
            sql.append(' ').append(access);
        }
        if ("INVOKER".equals(rs.getString("SECURITY_TYPE"))) {
            sql.append(" SQL SECURITY INVOKER");
        }
        sql.append('\n').append(body(rs.getString("ROUTINE_DEFINITION")));
        return new SchemaObject(function ? Kind.FUNCTION : Kind.PROCEDURE, name, null, name, sql.toString(),
                Map.of("arguments", args), List.of(), List.of());
    }

    private static SchemaObject event(ResultSet rs) throws SQLException {
        String name = rs.getString("EVENT_NAME");
        StringBuilder sql = new StringBuilder("CREATE EVENT ").append(ident(name)).append(" ON SCHEDULE ");
        if ("ONE TIME".equals(rs.getString("EVENT_TYPE"))) {
            sql.append("AT ").append(literal(rs.getString("EXECUTE_AT")));
        } else {
            String every = rs.getString("INTERVAL_VALUE"); // a number, or a quoted text for units like HOUR_MINUTE
            sql.append("EVERY ").append(every.matches("\\d+|'.*'") ? every : literal(every)).append(' ')
                    .append(rs.getString("INTERVAL_FIELD"));
            appendTime(sql, " STARTS ", rs.getString("STARTS"));
            appendTime(sql, " ENDS ", rs.getString("ENDS"));
        }
        sql.append(" ON COMPLETION ").append(rs.getString("ON_COMPLETION"));
        String status = rs.getString("STATUS");
        if ("DISABLED".equals(status)) {
            sql.append(" DISABLE");
        } else if ("SLAVESIDE_DISABLED".equals(status)) {
            sql.append(" DISABLE ON SLAVE");
        }
        String comment = rs.getString("EVENT_COMMENT");
        if (comment != null && !comment.isEmpty()) {
            sql.append(" COMMENT ").append(literal(comment));
        }
        sql.append(" DO ").append(body(rs.getString("EVENT_DEFINITION")));
        return new SchemaObject(Kind.EVENT, name, null, name, sql.toString(), Map.of(), List.of(), List.of());
    }

    private static void appendTime(StringBuilder sql, String word, String time) {
        if (time != null) {
            sql.append(word).append(literal(time));
        }
    }

    /** Routine type and name -> its parameters, each as written in CREATE (mode, name, type). */
    private static Map<String, List<String>> parameters(CatalogQuery query) throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        query.run("routine_parameters", rs -> {
            String mode = rs.getString("PARAMETER_MODE");
            boolean procedure = "PROCEDURE".equals(rs.getString("ROUTINE_TYPE"));
            String p = (procedure && mode != null ? mode + " " : "") + ident(rs.getString("PARAMETER_NAME")) + " "
                    + rs.getString("DTD_IDENTIFIER");
            out.computeIfAbsent(key(rs.getString("ROUTINE_TYPE"), rs.getString("SPECIFIC_NAME")), k -> new ArrayList<>()).add(p);
        });
        return out;
    }

    private static String key(String type, String name) {
        return type + " " + name;
    }

    /** A body as stored, without the white space around it (the server keeps what the statement had). */
    static String body(String text) {
        return text == null ? "" : text.strip();
    }
}
