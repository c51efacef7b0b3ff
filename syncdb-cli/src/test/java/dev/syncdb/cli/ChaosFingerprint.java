package dev.syncdb.cli;

import dev.syncdb.engine.session.Session;
import dev.syncdb.model.Schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the chaos suite compares before and after: the schema syncdb inspects and a SHA-256 of every
 * table's rows (read over JDBC ordered by primary key, the given columns, or all of them).
 */
record ChaosFingerprint(Schema schema, Map<String, String> rows) {

    /** The inspected schema and the checksums of {@code tables} over {@code columns} (null = every column). */
    static ChaosFingerprint of(ChaosDb db, List<String> tables, List<String> columns) throws Exception {
        Schema schema;
        try (Session s = Session.open(db.parsed(), null, false)) {
            schema = s.inspect();
        }
        Map<String, String> rows = new LinkedHashMap<>();
        try (Connection c = db.connect()) {
            for (String t : tables) {
                rows.put(t, checksum(c, t, columns));
            }
        }
        return new ChaosFingerprint(schema, rows);
    }

    /** SHA-256 over every row of {@code table}, ordered by id; each value as its string form, NULL marked. */
    static String checksum(Connection c, String table, List<String> columns) throws SQLException {
        String select = columns == null ? "*" : String.join(", ", columns);
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + select + " FROM " + table + " ORDER BY id")) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            int n = rs.getMetaData().getColumnCount();
            long count = 0;
            while (rs.next()) {
                count++;
                for (int i = 1; i <= n; i++) {
                    String v = rs.getString(i);
                    md.update((rs.getMetaData().getColumnLabel(i) + "=" + (v == null ? "\u0000NULL" : v) + "\u0001")
                            .getBytes(StandardCharsets.UTF_8));
                }
                md.update((byte) '\n');
            }
            return count + ":" + HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
