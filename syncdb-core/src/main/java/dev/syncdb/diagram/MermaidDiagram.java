package dev.syncdb.diagram;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a {@link Diagram} as Mermaid {@code erDiagram} text, which GitHub and GitLab render in
 * Markdown. Tables come group by group ({@link Clusters}); a name Mermaid cannot take bare is
 * quoted, and what Mermaid cannot show inside quotes or words is replaced (the original column name
 * then goes into the attribute's comment). A relationship runs from the referenced table to the
 * referencing one, its ends from the key: {@code ||} exactly one parent ({@code |o} when a key
 * column may be null), {@code o{} any number of children ({@code o|} at most one when the key's
 * columns are unique). A change is marked by a prefix on names and comments ({@code +} added,
 * {@code ~} altered, {@code -} dropped, dropped relationships dotted), explained by a legend entity.
 */
public final class MermaidDiagram {
    private static final Pattern BARE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern WORD_CHARS = Pattern.compile("[^A-Za-z0-9_()\\[\\]-]+");

    private MermaidDiagram() {
    }

    public static String render(Diagram d) {
        StringBuilder out = new StringBuilder("erDiagram\n");
        if (d.title() != null) {
            out.append("    %% ").append(oneLine(d.title())).append('\n');
        }
        List<Diagram> groups = d.clusters();
        for (int i = 0; i < groups.size(); i++) {
            Diagram g = groups.get(i);
            if (groups.size() > 1) {
                out.append("    %% group ").append(i + 1).append(": ").append(g.tables().size())
                        .append(g.tables().size() == 1 ? " table\n" : " tables\n");
            }
            g.tables().forEach(t -> table(out, t));
            g.relationships().forEach(r -> relationship(out, r, d));
        }
        if (d.showsChange()) {
            out.append("    \"LEGEND\" {\n")
                    .append("        mark added \"+ before a name: added\"\n")
                    .append("        mark altered \"~ before a name: altered\"\n")
                    .append("        mark dropped \"- before a name: dropped\"\n")
                    .append("    }\n");
        }
        return out.toString();
    }

    private static void table(StringBuilder out, DiagramTable t) {
        out.append("    ").append(entity(t.name(), t.mark())).append(" {\n");
        for (DiagramColumn c : t.columns()) {
            out.append("        ").append(word(c.type())).append(' ').append(word(c.name()));
            String keys = keys(c);
            if (!keys.isEmpty()) {
                out.append(' ').append(keys);
            }
            String comment = comment(c, t.mark());
            if (!comment.isEmpty()) {
                out.append(" \"").append(quoted(comment)).append('"');
            }
            out.append('\n');
        }
        out.append("    }\n");
        if (t.note() != null) {
            out.append("    %% ").append(oneLine(t.name())).append(": ").append(oneLine(t.note())).append('\n');
        }
    }

    private static String keys(DiagramColumn c) {
        StringBuilder k = new StringBuilder();
        if (c.primaryKey()) {
            k.append("PK");
        }
        if (c.foreignKey()) {
            k.append(k.isEmpty() ? "" : ", ").append("FK");
        }
        if (c.unique() && !c.primaryKey()) {
            k.append(k.isEmpty() ? "" : ", ").append("UK");
        }
        return k.toString();
    }

    private static String comment(DiagramColumn c, Mark tableMark) {
        StringBuilder s = new StringBuilder();
        if (c.mark() != Mark.SAME && (c.mark() != tableMark || tableMark == Mark.ALTERED)) {
            s.append(c.mark().symbol()).append(' ').append(c.note() != null ? c.note() : c.mark().word());
        }
        if (!word(c.name()).equals(c.name())) {
            s.append(s.isEmpty() ? "" : "; ").append("name: ").append(c.name());
        }
        return s.toString();
    }

    private static void relationship(StringBuilder out, Relationship r, Diagram d) {
        Mark parent = markOf(d, r.to());
        Mark child = markOf(d, r.from());
        String left = r.optional() ? "|o" : "||";
        String right = r.oneToOne() ? "o|" : "o{";
        String line = r.mark() == Mark.DROPPED ? ".." : "--";
        String label = r.name() != null ? r.name() : String.join(", ", r.fromColumns());
        if (r.mark() != Mark.SAME) {
            label = r.mark().symbol() + " " + label;
        }
        out.append("    ").append(entity(r.to(), parent)).append(' ').append(left).append(line).append(right)
                .append(' ').append(entity(r.from(), child)).append(" : \"").append(quoted(label)).append("\"\n");
    }

    private static Mark markOf(Diagram d, String table) {
        return d.tables().stream().filter(t -> t.name().equals(table)).map(DiagramTable::mark).findFirst().orElse(Mark.SAME);
    }

    /** An entity's name as Mermaid takes it: bare when it is a plain word and unmarked, else quoted. */
    static String entity(String name, Mark mark) {
        String shown = mark == Mark.SAME ? name : mark.symbol() + " " + name;
        return BARE.matcher(shown).matches() ? shown : "\"" + quoted(shown) + "\"";
    }

    /** A type or column name as one Mermaid attribute word: runs of other characters become {@code _}. */
    static String word(String text) {
        String w = WORD_CHARS.matcher(text).replaceAll("_");
        return w.isEmpty() || !Character.isLetter(w.charAt(0)) && w.charAt(0) != '_' ? "_" + w : w;
    }

    /** Text inside Mermaid double quotes: no double quote, no line break, no markup characters. */
    static String quoted(String text) {
        return oneLine(text).replace('"', '\'').replace('<', '‹').replace('>', '›').replace('#', '♯')
                .replace('`', '\'');
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ");
    }
}
