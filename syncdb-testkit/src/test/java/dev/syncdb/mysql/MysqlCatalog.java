package dev.syncdb.mysql;

import dev.syncdb.testkit.MysqlServer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An independent look at a MySQL database, not through syncdb's inspector: one line per column,
 * index key, foreign key, check, view, trigger, routine (and parameter) and event (start time and
 * definer left out: they record when and by whom it was created), read from information_schema directly and sorted, so
 * two databases can be compared line by line.
 */
final class MysqlCatalog {
    private static final List<String> QUERIES = List.of(
            "SELECT CONCAT('column ', TABLE_NAME, '.', COLUMN_NAME, ' ', COLUMN_TYPE, ' null=', IS_NULLABLE, ' default=',"
                    + " COALESCE(COLUMN_DEFAULT, '-'), ' extra=', EXTRA, ' coll=', COALESCE(COLLATION_NAME, '-'),"
                    + " ' comment=', COLUMN_COMMENT, ' gen=', COALESCE(GENERATION_EXPRESSION, '-'))"
                    + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?",
            "SELECT CONCAT('index ', TABLE_NAME, '.', INDEX_NAME, ' ', SEQ_IN_INDEX, ' ', COALESCE(COLUMN_NAME, '-'),"
                    + " ' unique=', 1 - NON_UNIQUE, ' sub=', COALESCE(SUB_PART, '-'), ' ', INDEX_TYPE, ' ', COALESCE(COLLATION, '-'))"
                    + " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ?",
            "SELECT CONCAT('fk ', k.TABLE_NAME, '.', k.CONSTRAINT_NAME, ' ', k.COLUMN_NAME, ' -> ', k.REFERENCED_TABLE_NAME,"
                    + " '.', k.REFERENCED_COLUMN_NAME, ' ', r.UPDATE_RULE, '/', r.DELETE_RULE)"
                    + " FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r"
                    + " ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME"
                    + " AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = ?",
            "SELECT CONCAT('check ', TABLE_NAME, '.', CONSTRAINT_NAME, ' ', CHECK_CLAUSE)"
                    + " FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?",
            "SELECT CONCAT('table ', TABLE_NAME, ' ', TABLE_TYPE, ' ', COALESCE(ENGINE, '-'), ' ',"
                    + " COALESCE(TABLE_COLLATION, '-'), ' comment=', TABLE_COMMENT)"
                    + " FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?",
            "SELECT CONCAT('trigger ', EVENT_OBJECT_TABLE, '.', TRIGGER_NAME, ' ', ACTION_TIMING, ' ', EVENT_MANIPULATION,"
                    + " ' ', TRIM(ACTION_STATEMENT)) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ?",
            "SELECT CONCAT('routine ', ROUTINE_TYPE, ' ', ROUTINE_NAME, ' ', COALESCE(DTD_IDENTIFIER, '-'), ' ',"
                    + " IS_DETERMINISTIC, ' ', SQL_DATA_ACCESS, ' ', SECURITY_TYPE, ' comment=', ROUTINE_COMMENT, ' ',"
                    + " TRIM(ROUTINE_DEFINITION)) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = ?",
            "SELECT CONCAT('parameter ', ROUTINE_TYPE, ' ', SPECIFIC_NAME, ' ', ORDINAL_POSITION, ' ',"
                    + " COALESCE(PARAMETER_MODE, '-'), ' ', COALESCE(PARAMETER_NAME, '-'), ' ', DTD_IDENTIFIER)"
                    + " FROM information_schema.PARAMETERS WHERE SPECIFIC_SCHEMA = ?",
            "SELECT CONCAT('event ', EVENT_NAME, ' ', EVENT_TYPE, ' ', COALESCE(EXECUTE_AT, '-'), ' ',"
                    + " COALESCE(INTERVAL_VALUE, '-'), ' ', COALESCE(INTERVAL_FIELD, '-'), ' ends=', COALESCE(ENDS, '-'), ' ',"
                    + " ON_COMPLETION, ' ', STATUS, ' comment=', EVENT_COMMENT, ' ', TRIM(EVENT_DEFINITION))"
                    + " FROM information_schema.EVENTS WHERE EVENT_SCHEMA = ?");

    private MysqlCatalog() {
    }

    static SortedSet<String> describe(MysqlServer server, String db) throws SQLException {
        SortedSet<String> out = new TreeSet<>();
        try (Connection c = server.connect(db)) {
            for (String q : QUERIES) {
                try (PreparedStatement ps = c.prepareStatement(q)) {
                    ps.setString(1, db);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(rs.getString(1));
                        }
                    }
                }
            }
        }
        return out;
    }
}
