package dev.syncdb.migrate;

import dev.syncdb.SyncdbException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Where another migration tool left a database that syncdb adopts ({@code stamp --from}): the tool,
 * its history table, and its position there: Flyway's latest successful version, Alembic's
 * revision(s), Liquibase's last changeset. It becomes a row of type {@link HistoryRow#ADOPT} in
 * syncdb's history, so {@code history} and {@code status} say where syncdb took over.
 */
public record AdoptedPosition(Tool tool, String table, String position, String detail) {

    /** A migration tool syncdb can take a database over from, with the table holding its position. */
    public enum Tool {
        FLYWAY("Flyway", "flyway_schema_history"),
        ALEMBIC("Alembic", "alembic_version"),
        LIQUIBASE("Liquibase", "databasechangelog");

        private final String label;
        private final String table;

        Tool(String label, String table) {
            this.label = label;
            this.table = table;
        }

        public String label() {
            return label;
        }

        public String table() {
            return table;
        }

        /** The tool named {@code name} (any case); an error naming the choices otherwise. */
        public static Tool of(String name) {
            for (Tool t : values()) {
                if (t.name().equalsIgnoreCase(name)) {
                    return t;
                }
            }
            throw SyncdbException.error("unknown migration tool '" + name + "' for --from (choose flyway, alembic or liquibase)");
        }
    }

    /** The history-row version of an adoption: "flyway:2", at most 50 characters. */
    public String rowVersion() {
        String v = tool.name().toLowerCase(Locale.ROOT) + ":" + position;
        return v.length() <= 50 ? v : v.substring(0, 47) + "...";
    }

    /** What people read: "Flyway version 2 (add orders)". */
    public String describe() {
        return tool.label() + " " + detail;
    }

    /** The history row that records the adoption (rank and time are set when it is written). */
    public HistoryRow row(String user, java.time.Instant when) {
        return new HistoryRow(0, rowVersion(), describe(), HistoryRow.ADOPT, table, null, user, when, 0, true, null, 0);
    }

    /**
     * Reads the position of {@code tool} from its history table in {@code schema} (null = the
     * connection's default); {@code tables} are the namespace's table names as the database keeps
     * them. A missing or empty table is one clear error.
     */
    public static AdoptedPosition read(Connection c, String schema, UnaryOperator<String> quote, Tool tool,
                                       List<String> tables, String where) {
        String actual = tables.stream().filter(t -> t.equalsIgnoreCase(tool.table())).findFirst()
                .orElseThrow(() -> SyncdbException.error("no " + tool.label() + " history in " + where + ": table "
                        + tool.table() + " not found; `stamp --from " + tool.name().toLowerCase(Locale.ROOT)
                        + "` adopts a database " + tool.label() + " has migrated (check --url and --schema-name)"));
        String from = (schema == null ? "" : quote.apply(schema) + ".") + quote.apply(actual);
        try (Statement st = c.createStatement()) {
            return switch (tool) {
                case FLYWAY -> flyway(st, from, actual);
                case ALEMBIC -> alembic(st, from, actual);
                case LIQUIBASE -> liquibase(st, from, actual);
            };
        } catch (SQLException e) {
            throw SyncdbException.error("cannot read " + actual + " in " + where + ": " + e.getMessage().strip().lines().findFirst().orElse(""));
        }
    }

    /** The highest successful version (Flyway's own order), with its description. */
    private static AdoptedPosition flyway(Statement st, String from, String table) throws SQLException {
        String best = null;
        String description = null;
        int rows = 0;
        try (ResultSet rs = st.executeQuery("SELECT version, description, success FROM " + from + " ORDER BY installed_rank")) {
            while (rs.next()) {
                String v = rs.getString(1);
                if (v == null || !rs.getBoolean(3)) {
                    continue;
                }
                rows++;
                if (best == null || newer(v, best)) {
                    best = v;
                    description = rs.getString(2);
                }
            }
        }
        if (best == null) {
            throw SyncdbException.error(table + " holds no successful versioned migration: there is no Flyway version to adopt");
        }
        return new AdoptedPosition(Tool.FLYWAY, table, best, "version " + best + " (" + description + "), "
                + rows + " successful versioned migration(s)");
    }

    private static boolean newer(String v, String than) {
        if (Version.valid(v) && Version.valid(than)) {
            return new Version(v).compareTo(new Version(than)) >= 0;
        }
        return true;
    }

    /** The revision(s) in alembic_version (more than one when branches were not merged). */
    private static AdoptedPosition alembic(Statement st, String from, String table) throws SQLException {
        List<String> heads = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT version_num FROM " + from + " ORDER BY version_num")) {
            while (rs.next()) {
                heads.add(rs.getString(1));
            }
        }
        if (heads.isEmpty()) {
            throw SyncdbException.error(table + " is empty: Alembic has no revision recorded to adopt");
        }
        String revs = String.join(",", heads);
        return new AdoptedPosition(Tool.ALEMBIC, table, revs, (heads.size() == 1 ? "revision " : "revisions ") + revs);
    }

    /** The changeset Liquibase ran last (highest orderexecuted), with its author and changelog file. */
    private static AdoptedPosition liquibase(Statement st, String from, String table) throws SQLException {
        String id = null;
        String author = null;
        String file = null;
        int rows = 0;
        try (ResultSet rs = st.executeQuery("SELECT id, author, filename FROM " + from + " ORDER BY orderexecuted")) {
            while (rs.next()) {
                rows++;
                id = rs.getString(1);
                author = rs.getString(2);
                file = rs.getString(3);
            }
        }
        if (id == null) {
            throw SyncdbException.error(table + " is empty: Liquibase has no changeset recorded to adopt");
        }
        return new AdoptedPosition(Tool.LIQUIBASE, table, id, "changeset " + id + " by " + author + " (" + file + "), "
                + rows + " changeset(s) run");
    }
}
