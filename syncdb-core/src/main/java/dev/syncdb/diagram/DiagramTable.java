package dev.syncdb.diagram;

import java.util.List;

/** A table as a diagram shows it: name, columns in order, change mark and note (e.g. "renamed from people"; may be null). */
public record DiagramTable(String name, List<DiagramColumn> columns, Mark mark, String note) {
    public DiagramTable {
        columns = List.copyOf(columns);
    }
}
