package dev.syncdb.diagram;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A schema diagram: what it shows ({@code subject}), its tables and their foreign-key relationships.
 * A diagram of a change also marks what is added, altered and dropped ({@link #showsChange()}).
 */
public record Diagram(Subject subject, String title, List<DiagramTable> tables, List<Relationship> relationships) {

    /** What a diagram shows: the current database, the desired schema, or the change between them. */
    public enum Subject { CURRENT, DESIRED, CHANGE }

    public Diagram {
        tables = List.copyOf(tables);
        relationships = List.copyOf(relationships);
    }

    /** Whether the diagram marks a change (so renderers add a legend). */
    public boolean showsChange() {
        return subject == Subject.CHANGE;
    }

    /**
     * The diagram of only the tables whose names {@code keep} accepts, and the relationships between
     * them (a relationship to a left-out table is left out too).
     */
    public Diagram only(Predicate<String> keep) {
        List<DiagramTable> kept = tables.stream().filter(t -> keep.test(t.name())).toList();
        Set<String> names = kept.stream().map(DiagramTable::name).collect(Collectors.toSet());
        List<Relationship> rels = relationships.stream()
                .filter(r -> names.contains(r.from()) && names.contains(r.to())).toList();
        return new Diagram(subject, title, kept, rels);
    }

    /** The groups of tables connected by foreign keys, largest first; see {@link Clusters}. */
    public List<Diagram> clusters() {
        return Clusters.of(this);
    }
}
