package dev.syncdb.mysql;

import dev.syncdb.model.Column;
import dev.syncdb.model.Table;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The rows of one table as INSERT statements (binary values in hex), and row counts. */
final class MysqlRows {
    private static final Set<String> BINARY = Set.of("binary", "varbinary", "tinyblob", "blob", "mediumblob",
            "longblob", "bit", "geometry", "point", "linestring", "polygon", "multipoint", "multilinestring",
            "multipolygon", "geometrycollection");

    private MysqlRows() {
    }

    /** Writes the rows of {@code t} (generated columns left out) as INSERTs; returns how many. */
    static long dump(Connection c, String db, Table t, Writer w, int perInsert) throws SQLException, IOException {
        List<Column> cols = t.columns().stream().filter(col -> col.generated() == null).toList();
        String names = cols.stream().map(col -> MysqlQuote.ident(col.name())).collect(Collectors.joining(", "));
        String select = cols.stream().map(MysqlRows::selected).collect(Collectors.joining(", "));
        String head = "INSERT INTO " + MysqlQuote.ident(t.name()) + " (" + names + ") VALUES\n";
        long n = 0;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT " + select + " FROM "
                + MysqlQuote.ident(db) + "." + MysqlQuote.ident(t.name()))) {
            while (rs.next()) {
                w.write(n % perInsert == 0 ? (n == 0 ? "" : ";\n") + head : ",\n");
                w.write("(" + values(rs, cols) + ")");
                n++;
            }
        }
        if (n > 0) {
            w.write(";\n");
        }
        return n;
    }

    /** The column as selected: binary values in hex, bit values as numbers, the rest as text. */
    private static String selected(Column col) {
        String q = MysqlQuote.ident(col.name());
        if (col.type().base().equals("bit")) {
            return "CAST(" + q + " AS UNSIGNED)";
        }
        return BINARY.contains(col.type().base()) ? "HEX(" + q + ")" : q;
    }

    private static String values(ResultSet rs, List<Column> cols) throws SQLException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cols.size(); i++) {
            String v = rs.getString(i + 1);
            sb.append(i == 0 ? "" : ", ");
            if (v == null) {
                sb.append("NULL");
            } else if (BINARY.contains(cols.get(i).type().base())) {
                sb.append(cols.get(i).type().base().equals("bit") ? v : v.isEmpty() ? "''" : "X'" + v + "'");
            } else {
                sb.append(MysqlQuote.literal(v));
            }
        }
        return sb.toString();
    }

    static long count(Connection c, String db, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM "
                + MysqlQuote.ident(db) + "." + MysqlQuote.ident(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

}
