package dev.syncdb.cli.diagram;

import dev.syncdb.diagram.Diagram;
import dev.syncdb.diagram.DiagramColumn;
import dev.syncdb.diagram.DiagramTable;
import dev.syncdb.diagram.Mark;
import dev.syncdb.diagram.Relationship;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The PlantUML entity-diagram text of one group of tables. Every name and type from the database is
 * written as numeric character references except letters, digits and spaces, so no name can act
 * as PlantUML syntax or Creole markup; marks are colours (entity background and border, column text,
 * struck-through dropped columns, red dashed dropped relationships) plus the {@code + ~ -} prefixes.
 */
final class PlantUmlSource {
    static final String ADDED = "#2E7D32";
    static final String ALTERED = "#B26A00";
    static final String DROPPED = "#C62828";
    static final String ADDED_FILL = "#DDF5DD";
    static final String ALTERED_FILL = "#FFF1C7";
    static final String DROPPED_FILL = "#F9DADC";

    private PlantUmlSource() {
    }

    static String of(Diagram d) {
        StringBuilder out = new StringBuilder("@startuml\n!pragma layout smetana\nhide circle\nhide empty members\n")
                .append("skinparam shadowing false\nskinparam defaultFontName sans-serif\n")
                .append("skinparam class {\n BackgroundColor #F7F9FC\n BorderColor #5B6B82\n ArrowColor #5B6B82\n}\n");
        Map<String, String> ids = new HashMap<>();
        List<DiagramTable> tables = d.tables();
        for (int i = 0; i < tables.size(); i++) {
            ids.put(tables.get(i).name(), "t" + i);
            table(out, tables.get(i), "t" + i);
        }
        for (Relationship r : d.relationships()) {
            out.append(ids.get(r.to())).append(' ').append(r.optional() ? "|o" : "||").append(link(r.mark()))
                    .append(r.oneToOne() ? "o|" : "o{").append(' ').append(ids.get(r.from())).append(" : ")
                    .append(text(prefix(r.mark()) + (r.name() != null ? r.name() : String.join(", ", r.fromColumns()))))
                    .append('\n');
        }
        return out.append("@enduml\n").toString();
    }

    private static void table(StringBuilder out, DiagramTable t, String id) {
        out.append("entity \"").append(text(prefix(t.mark()) + t.name())).append("\" as ").append(id);
        switch (t.mark()) {
            case ADDED -> out.append(' ').append(ADDED_FILL).append(";line:").append(ADDED.substring(1)).append(";line.bold");
            case ALTERED -> out.append(' ').append(ALTERED_FILL).append(";line:").append(ALTERED.substring(1)).append(";line.bold");
            case DROPPED -> out.append(' ').append(DROPPED_FILL).append(";line:").append(DROPPED.substring(1)).append(";line.dashed");
            default -> { }
        }
        out.append(" {\n");
        if (t.note() != null) {
            out.append("  <i>").append(text(t.note())).append("</i>\n  ..\n");
        }
        List<DiagramColumn> keys = t.columns().stream().filter(DiagramColumn::primaryKey).toList();
        keys.forEach(c -> column(out, c, t.mark()));
        if (!keys.isEmpty() && keys.size() < t.columns().size()) {
            out.append("  --\n");
        }
        t.columns().stream().filter(c -> !c.primaryKey()).forEach(c -> column(out, c, t.mark()));
        out.append("}\n");
    }

    private static void column(StringBuilder out, DiagramColumn c, Mark tableMark) {
        StringBuilder line = new StringBuilder(text(c.name()));
        line.insert(0, c.primaryKey() ? "<b>" : "").append(c.primaryKey() ? "</b>" : "");
        line.append(" : ").append(text(c.type()));
        String keys = (c.primaryKey() ? " PK" : "") + (c.foreignKey() ? " FK" : "") + (c.unique() && !c.primaryKey() ? " UK" : "");
        line.append(keys.isEmpty() ? "" : " <size:10>" + keys.trim() + "</size>");
        if (!c.nullable()) {
            line.append(" <size:10>NOT NULL</size>");
        }
        Mark m = c.mark();
        if (m != Mark.SAME && (m != tableMark || tableMark == Mark.ALTERED)) {
            String body = text(prefix(m)) + line + (c.note() != null ? " <size:10>(" + text(c.note()) + ")</size>" : "");
            String colour = m == Mark.ADDED ? ADDED : m == Mark.ALTERED ? ALTERED : DROPPED;
            out.append("  <color:").append(colour).append('>').append(m == Mark.DROPPED ? "<s>" + body + "</s>" : body)
                    .append("</color>\n");
        } else {
            out.append("  ").append(line).append('\n');
        }
    }

    private static String link(Mark m) {
        return switch (m) {
            case ADDED -> "-[" + ADDED + ",bold]-";
            case ALTERED -> "-[" + ALTERED + ",bold]-";
            case DROPPED -> "-[" + DROPPED + ",dashed]-";
            default -> "--";
        };
    }

    private static String prefix(Mark m) {
        return m == Mark.SAME ? "" : m.symbol() + " ";
    }

    /** Text from the database as PlantUML reads it literally: everything but letters, digits and spaces as {@code &#N;}. */
    static String text(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == ' ') {
                b.appendCodePoint(c);
            } else {
                b.append("&#").append(c).append(';');
            }
        });
        return b.toString();
    }
}
