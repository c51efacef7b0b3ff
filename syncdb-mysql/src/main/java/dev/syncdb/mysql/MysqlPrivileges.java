package dev.syncdb.mysql;

import dev.syncdb.diff.ChangeTargets;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.migrate.HistoryStore;
import dev.syncdb.model.SchemaObject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The privileges a MySQL / MariaDB account needs to run a plan, checked before anything runs from
 * what {@code information_schema} says the current account (and its active role) holds globally, on
 * the managed database (grants on a database pattern included) and on its tables: CREATE (new tables),
 * CREATE VIEW, ALTER (every table change, renames also DROP), DROP (tables and views dropped),
 * TRIGGER, CREATE ROUTINE and EVENT for those objects, and what the apply journal in
 * {@code syncdb_history} needs (CREATE when it is missing, SELECT, INSERT, UPDATE). REFERENCES is not asked: MariaDB does not
 * enforce it.
 */
final class MysqlPrivileges {
    private static final String ACCOUNT = "CONCAT('''', SUBSTRING_INDEX(CURRENT_USER(), '@', 1), '''@''', "
            + "SUBSTRING_INDEX(CURRENT_USER(), '@', -1), '''')";
    private static final String ROLE = "CONCAT('''', COALESCE(CURRENT_ROLE(), ''), '''')";
    private static final String HELD = """
            SELECT PRIVILEGE_TYPE, NULL FROM information_schema.USER_PRIVILEGES WHERE GRANTEE IN (%1$s, %2$s)
            UNION ALL
            SELECT PRIVILEGE_TYPE, NULL FROM information_schema.SCHEMA_PRIVILEGES
             WHERE GRANTEE IN (%1$s, %2$s) AND ? LIKE TABLE_SCHEMA
            UNION ALL
            SELECT PRIVILEGE_TYPE, TABLE_NAME FROM information_schema.TABLE_PRIVILEGES
             WHERE GRANTEE IN (%1$s, %2$s) AND TABLE_SCHEMA = ?
            """.formatted(ACCOUNT, ROLE);

    private MysqlPrivileges() {
    }

    static List<String> missing(Connection c, String database, List<SchemaChange> changes) throws SQLException {
        Set<Need> needed = needed(changes, database);
        if (needed.isEmpty()) {
            return List.of();
        }
        needed.addAll(journal(c, database));
        Set<String> anywhere = new HashSet<>();
        Map<String, Set<String>> onTable = new LinkedHashMap<>();
        String account;
        try (PreparedStatement ps = c.prepareStatement("SELECT CURRENT_USER(), CURRENT_ROLE()");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            account = rs.getString(1);
            String role = rs.getString(2);
            if (role != null && !role.equals("NONE") && role.contains("@")) {
                return List.of(); // MySQL 8 roles (`r`@`%`): their grants are not read here, so no judgement
            }
        }
        try (PreparedStatement ps = c.prepareStatement(HELD)) {
            ps.setString(1, database);
            ps.setString(2, database);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(2);
                    if (table == null) {
                        anywhere.add(rs.getString(1));
                    } else {
                        onTable.computeIfAbsent(table, k -> new HashSet<>()).add(rs.getString(1));
                    }
                }
            }
        }
        if (anywhere.contains("ALL PRIVILEGES")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Need need : needed) {
            boolean held = anywhere.contains(need.privilege()) || need.table() != null
                    && onTable.getOrDefault(need.table(), Set.of()).contains(need.privilege());
            if (!held) {
                out.add("permission denied: " + need.privilege() + " on " + need.shown() + " for " + account);
            }
        }
        return out;
    }

    /**
     * What the apply journal needs (an apply on MySQL runs statement by statement and records its
     * progress in {@code syncdb_history}): to create the table when it is missing, and to write it.
     */
    private static List<Need> journal(Connection c, String db) throws SQLException {
        boolean exists;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
            ps.setString(1, db);
            ps.setString(2, HistoryStore.TABLE);
            try (ResultSet rs = ps.executeQuery()) {
                exists = rs.next();
            }
        }
        String shown = "table " + MysqlQuote.ident(db) + "." + MysqlQuote.ident(HistoryStore.TABLE) + " (the apply journal)";
        List<Need> out = new ArrayList<>();
        if (!exists) {
            out.add(new Need("CREATE", null, "database " + MysqlQuote.ident(db) + " (to create table "
                    + MysqlQuote.ident(HistoryStore.TABLE) + ", the apply journal)"));
        }
        for (String privilege : new String[]{"SELECT", "INSERT", "UPDATE"}) {
            out.add(new Need(privilege, HistoryStore.TABLE, shown));
        }
        return out;
    }

    /** A privilege needed on an object: the table it is on (null for the database) and the object as shown. */
    private record Need(String privilege, String table, String shown) {
    }

    /** The privileges the changes need, in order, each once. */
    private static Set<Need> needed(List<SchemaChange> changes, String db) {
        Set<Need> out = new LinkedHashSet<>();
        String onDb = "database " + MysqlQuote.ident(db);
        ChangeTargets targets = ChangeTargets.of(changes, db);
        for (ChangeTargets.Created created : targets.creates()) {
            String privilege = switch (created.kind()) {
                case "view" -> "CREATE VIEW";
                case "function", "procedure" -> "CREATE ROUTINE";
                case "event" -> "EVENT";
                default -> "CREATE";
            };
            out.add(new Need(privilege, null, onDb + " (to create " + created.kind() + " "
                    + MysqlQuote.ident(created.name()) + ")"));
        }
        for (SchemaChange change : changes) {
            if (change instanceof SchemaChange.DropTable x) {
                out.add(table("DROP", db, x.current().name()));
            } else if (change instanceof SchemaChange.DropView x) {
                out.add(new Need("DROP", x.current().name(), "view " + MysqlQuote.ident(db) + "."
                        + MysqlQuote.ident(x.current().name())));
            } else if (change instanceof SchemaChange.RenameTable x) {
                out.add(table("ALTER", db, x.from()));
                out.add(table("DROP", db, x.from()));
            } else if (change instanceof SchemaChange.CreateObject x && x.desired().kind() == SchemaObject.Kind.TRIGGER) {
                out.add(table("TRIGGER", db, x.desired().table()));
            } else if (change instanceof SchemaChange.DropObject x && x.current().kind() == SchemaObject.Kind.TRIGGER) {
                out.add(table("TRIGGER", db, x.current().table()));
            } else if (!(change instanceof SchemaChange.CreateTable) && change.table() != null
                    && targets.relations().contains(change.table())) {
                out.add(table("ALTER", db, change.table()));
            }
        }
        return out;
    }

    private static Need table(String privilege, String db, String name) {
        return new Need(privilege, name, "table " + MysqlQuote.ident(db) + "." + MysqlQuote.ident(name));
    }
}
