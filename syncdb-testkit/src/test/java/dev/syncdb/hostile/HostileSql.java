package dev.syncdb.hostile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The desired schema of a {@link HostileCase} in one dialect's SQL, quoted by the test's own rules
 * (independent of syncdb's quoting): version 1 creates the table with its keys, check, index, enum
 * comments, a string default and a view beside a {@code canary} table; version 2 adds a column with
 * a foreign key to the canary, an index and an enum label, drops the check, changes the default, the
 * table comment and the view.
 */
final class HostileSql {
    static final String CANARY_NOTE = "still here";

    private HostileSql() {
    }

    static String postgres(HostileCase h, boolean v2) {
        List<String> labels = v2 ? h.labels() : h.labels().subList(0, 3);
        StringBuilder sb = new StringBuilder("CREATE TABLE canary (id int PRIMARY KEY, note text);\n");
        sb.append("CREATE TYPE ").append(pg(h.enumType())).append(" AS ENUM (").append(list(labels, HostileSql::std)).append(");\n");
        sb.append("COMMENT ON TYPE ").append(pg(h.enumType())).append(" IS ").append(std(h.comments().get(2))).append(";\n");
        sb.append("CREATE TABLE ").append(pg(h.table())).append(" (").append(pg(h.a())).append(" int NOT NULL, ")
                .append(pg(h.b())).append(" text DEFAULT ").append(std(h.labels().get(v2 ? 1 : 0))).append(", ")
                .append(pg(h.c())).append(' ').append(pg(h.enumType()));
        if (v2) {
            sb.append(", ").append(pg(h.d())).append(" int DEFAULT 1 CONSTRAINT ").append(pg(h.foreignKey()))
                    .append(" REFERENCES canary (id)");
        }
        sb.append(", PRIMARY KEY (").append(pg(h.a())).append(")");
        if (!v2) {
            sb.append(", CONSTRAINT ").append(pg(h.check())).append(" CHECK (").append(pg(h.a())).append(" >= 0)");
        }
        sb.append(", CONSTRAINT ").append(pg(h.unique())).append(" UNIQUE (").append(pg(h.b())).append("));\n");
        sb.append("CREATE INDEX ").append(pg(h.index1())).append(" ON ").append(pg(h.table()))
                .append(" (").append(pg(h.b())).append(", ").append(pg(h.a())).append(");\n");
        sb.append("COMMENT ON TABLE ").append(pg(h.table())).append(" IS ").append(std(h.comments().get(v2 ? 2 : 0))).append(";\n");
        sb.append("COMMENT ON COLUMN ").append(pg(h.table())).append('.').append(pg(h.b())).append(" IS ")
                .append(std(h.comments().get(1))).append(";\n");
        if (v2) {
            sb.append("CREATE INDEX ").append(pg(h.index2())).append(" ON ").append(pg(h.table())).append(" (")
                    .append(pg(h.d())).append(");\n");
            sb.append("COMMENT ON COLUMN ").append(pg(h.table())).append('.').append(pg(h.d())).append(" IS ")
                    .append(std(h.comments().get(0))).append(";\n");
        }
        sb.append(view(h, v2, HostileSql::pg));
        return sb.toString();
    }

    static String mysql(HostileCase h, boolean v2) {
        List<String> labels = v2 ? h.labels() : h.labels().subList(0, 3);
        StringBuilder sb = new StringBuilder("CREATE TABLE canary (id int PRIMARY KEY, note varchar(20));\n");
        sb.append("CREATE TABLE ").append(my(h.table())).append(" (").append(my(h.a())).append(" int NOT NULL, ")
                .append(my(h.b())).append(" varchar(50) DEFAULT ").append(myText(h.labels().get(v2 ? 1 : 0)))
                .append(" COMMENT ").append(myText(h.comments().get(1))).append(", ")
                .append(my(h.c())).append(" enum(").append(list(labels, HostileSql::myText)).append(")");
        if (v2) {
            sb.append(", ").append(my(h.d())).append(" int DEFAULT 1 COMMENT ").append(myText(h.comments().get(0)));
            sb.append(", CONSTRAINT ").append(my(h.foreignKey())).append(" FOREIGN KEY (").append(my(h.d()))
                    .append(") REFERENCES canary (id)");
        }
        sb.append(", PRIMARY KEY (").append(my(h.a())).append(")");
        if (!v2) {
            sb.append(", CONSTRAINT ").append(my(h.check())).append(" CHECK (").append(my(h.a())).append(" >= 0)");
        }
        sb.append(", UNIQUE KEY ").append(my(h.unique())).append(" (").append(my(h.b())).append(")");
        sb.append(", KEY ").append(my(h.index1())).append(" (").append(my(h.b())).append(", ").append(my(h.a())).append(")");
        if (v2) {
            sb.append(", KEY ").append(my(h.index2())).append(" (").append(my(h.d())).append(")");
        }
        sb.append(") COMMENT ").append(myText(h.comments().get(v2 ? 2 : 0))).append(";\n");
        sb.append(view(h, v2, HostileSql::my));
        return sb.toString();
    }

    static String sqlite(HostileCase h, boolean v2) {
        List<String> labels = v2 ? h.labels() : h.labels().subList(0, 3);
        StringBuilder sb = new StringBuilder("CREATE TABLE canary (id INTEGER PRIMARY KEY, note TEXT);\n");
        sb.append("CREATE TABLE ").append(pg(h.table())).append(" (").append(pg(h.a())).append(" INTEGER NOT NULL PRIMARY KEY, ")
                .append(pg(h.b())).append(" TEXT DEFAULT ").append(std(h.labels().get(v2 ? 1 : 0))).append(", ")
                .append(pg(h.c())).append(" TEXT CHECK (").append(pg(h.c()))
                .append(" IN (").append(list(labels, HostileSql::std)).append("))");
        if (v2) {
            sb.append(", ").append(pg(h.d())).append(" INTEGER DEFAULT 1 CONSTRAINT ").append(pg(h.foreignKey()))
                    .append(" REFERENCES canary (id)");
        }
        if (!v2) {
            sb.append(", CONSTRAINT ").append(pg(h.check())).append(" CHECK (").append(pg(h.a())).append(" >= 0)");
        }
        sb.append(", CONSTRAINT ").append(pg(h.unique())).append(" UNIQUE (").append(pg(h.b())).append("));\n");
        sb.append("CREATE INDEX ").append(pg(h.index1())).append(" ON ").append(pg(h.table()))
                .append(" (").append(pg(h.b())).append(", ").append(pg(h.a())).append(");\n");
        if (v2) {
            sb.append("CREATE INDEX ").append(pg(h.index2())).append(" ON ").append(pg(h.table())).append(" (")
                    .append(pg(h.d())).append(");\n");
        }
        sb.append(view(h, v2, HostileSql::pg));
        return sb.toString();
    }

    /** A view over the table's columns (version 2 also reads the new column). */
    private static String view(HostileCase h, boolean v2, java.util.function.UnaryOperator<String> id) {
        return "CREATE VIEW " + id.apply(h.view()) + " AS SELECT " + id.apply(h.a()) + ", " + id.apply(h.b())
                + (v2 ? ", " + id.apply(h.d()) : "") + " FROM " + id.apply(h.table()) + ";\n";
    }

    /** A double-quoted identifier (PostgreSQL, SQLite, standard SQL). */
    static String pg(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** A standard string literal (quotes doubled, backslash literal). */
    static String std(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    static String my(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /** A MySQL string literal in the default SQL mode, where backslash escapes. */
    static String myText(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static String list(List<String> items, java.util.function.Function<String, String> quote) {
        return items.stream().map(quote).collect(Collectors.joining(", "));
    }
}
