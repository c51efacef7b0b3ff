package dev.syncdb.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The generated schemas of the chaos suite: a current schema of {@link #TABLES} tables with
 * {@link #ROWS} rows each, and a desired one that widens types, adds columns and indexes and new
 * tables with foreign keys (about 50 plan steps; see {@link #desired}). The same shape on every dialect; rows come from a
 * fixed seed so every run loads the same data.
 */
final class ChaosSchema {
    static final int TABLES = 10;
    static final int ROWS = 300;

    private ChaosSchema() {
    }

    /** The original column names of every current table, the ones whose rows must survive. */
    static final List<String> COLUMNS = List.of("id", "a", "b", "c");

    static List<String> tables(boolean rebuilds) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tableCount(rebuilds); i++) {
            out.add("t" + i);
        }
        return out;
    }

    /** CREATE TABLE statements and INSERTs of the current schema. */
    static List<String> current(boolean rebuilds) {
        List<String> out = new ArrayList<>();
        Random r = new Random(42);
        for (String t : tables(rebuilds)) {
            out.add("CREATE TABLE " + t + " (id int NOT NULL PRIMARY KEY, a int NOT NULL, b varchar(40), c int)");
            StringBuilder ins = new StringBuilder("INSERT INTO " + t + " (id, a, b, c) VALUES ");
            for (int row = 1; row <= ROWS; row++) {
                ins.append(row == 1 ? "" : ", ").append('(').append(row).append(", ").append(r.nextInt(1000))
                        .append(", ").append(row % 7 == 0 ? "NULL" : "'v" + r.nextInt(100000) + "'")
                        .append(", ").append(row % 11 == 0 ? "NULL" : String.valueOf(r.nextInt())).append(')');
            }
            out.add(ins.toString());
        }
        return out;
    }

    /**
     * The desired schema file. Tables t0-t4 get a wider column type, a new column, an index and a new
     * child table with a foreign key; t5-t9 get two new columns instead of the wider type. SQLite
     * rebuilds a table for a type change (one step for several changes), so there it takes the
     * second shape on every table, with three more tables, to reach a similar count.
     */
    static String desired(boolean rebuilds) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < tableCount(rebuilds); i++) {
            String t = "t" + i;
            boolean widen = i < TABLES / 2 && !rebuilds;
            sql.append("CREATE TABLE ").append(t).append(" (id int NOT NULL PRIMARY KEY, a int NOT NULL, b varchar(40),")
                    .append(widen ? " c bigint, d int);\n" : " c int, d int, e varchar(20));\n");
            sql.append("CREATE INDEX ").append(t).append("_a ON ").append(t).append(" (a);\n");
            sql.append("CREATE TABLE n").append(i).append(" (id int NOT NULL PRIMARY KEY, t_id int NOT NULL, note varchar(30),")
                    .append(" CONSTRAINT n").append(i).append("_t_fk FOREIGN KEY (t_id) REFERENCES ").append(t).append(" (id));\n");
        }
        return sql.toString();
    }

    /** Ten tables, thirteen where a type change would be a table rebuild (SQLite). */
    static int tableCount(boolean rebuilds) {
        return rebuilds ? 13 : TABLES;
    }
}
