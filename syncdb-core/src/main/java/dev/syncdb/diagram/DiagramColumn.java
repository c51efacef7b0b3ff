package dev.syncdb.diagram;

/**
 * A column as a diagram shows it: name, type text, whether it may be null, whether it is part of
 * the primary key, of a foreign key or of a single-column unique key, its change mark, and a note
 * (what changed, e.g. "type INT -> NUMERIC(10, 2)"; null when none).
 */
public record DiagramColumn(String name, String type, boolean nullable, boolean primaryKey, boolean foreignKey,
                            boolean unique, Mark mark, String note) {

    /** This column with another mark and note. */
    public DiagramColumn marked(Mark m, String n) {
        return new DiagramColumn(name, type, nullable, primaryKey, foreignKey, unique, m, n);
    }
}
