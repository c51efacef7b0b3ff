package dev.syncdb.engine.desired;

import java.util.List;
import java.util.Map;

/**
 * What a desired source found besides the schema, for front ends to show: a one-line
 * {@code summary} ("Found 25 entities (27 tables) in 7 packages"; null = nothing to say), the
 * {@code details} behind it (for verbose output), {@code warnings} about the live database (a table
 * nothing maps, a suspected naming mismatch), and {@code rowsAfterCreate}: statements to run right
 * after the plan creates a table (by table name), such as the row a sequence-emulating table needs.
 */
public record SourceFindings(String summary, List<String> details, List<String> warnings,
                             Map<String, List<String>> rowsAfterCreate) {

    /** A source with nothing to report (SQL files, another database). */
    public static final SourceFindings NONE = new SourceFindings(null, List.of(), List.of(), Map.of());

    public SourceFindings {
        details = List.copyOf(details);
        warnings = List.copyOf(warnings);
        rowsAfterCreate = Map.copyOf(rowsAfterCreate);
    }
}
