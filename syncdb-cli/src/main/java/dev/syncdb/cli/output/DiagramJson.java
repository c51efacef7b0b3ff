package dev.syncdb.cli.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.syncdb.diagram.Diagram;
import dev.syncdb.diagram.DiagramColumn;
import dev.syncdb.diagram.DiagramTable;
import dev.syncdb.diagram.Relationship;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine-readable form of {@code diagram} ({@code --json}): what was drawn (subject, title),
 * every table with its columns and change marks, the relationships, and the rendered diagram
 * ({@code text}, Mermaid or SVG; null when it was written to {@code file}). Field names are part of
 * the command-line contract.
 */
public final class DiagramJson {
    private DiagramJson() {
    }

    /** {@code file} the {@code --out} file (null = the text is in the document). */
    public static String of(Diagram d, String format, String text, Path file, Path workDir) {
        ObjectNode root = Json.object();
        root.put("subject", d.subject().name().toLowerCase(Locale.ROOT));
        root.put("title", d.title());
        root.put("format", format);
        root.put("file", Json.path(workDir, file));
        root.put("text", file == null ? text : null);
        var tables = root.putArray("tables");
        for (DiagramTable t : d.tables()) {
            ObjectNode n = tables.addObject().put("name", t.name()).put("mark", t.mark().word()).put("note", t.note());
            var columns = n.putArray("columns");
            for (DiagramColumn c : t.columns()) {
                columns.addObject().put("name", c.name()).put("type", c.type()).put("nullable", c.nullable())
                        .put("primaryKey", c.primaryKey()).put("foreignKey", c.foreignKey()).put("unique", c.unique())
                        .put("mark", c.mark().word()).put("note", c.note());
            }
        }
        var relationships = root.putArray("relationships");
        for (Relationship r : d.relationships()) {
            ObjectNode n = relationships.addObject().put("name", r.name()).put("from", r.from());
            r.fromColumns().forEach(n.putArray("fromColumns")::add);
            n.put("to", r.to());
            r.toColumns().forEach(n.putArray("toColumns")::add);
            n.put("optional", r.optional()).put("oneToOne", r.oneToOne()).put("mark", r.mark().word());
        }
        return Json.write(root);
    }
}
