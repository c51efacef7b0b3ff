package dev.syncdb.engine.apply;

import dev.syncdb.diff.SchemaChange;

import java.util.List;

/**
 * What {@code create-tables} did: the tables it created (in the order it created them), the desired
 * tables it skipped because they exist, the tables in the database that the desired schema does not
 * have (left alone), and, unless {@code --missing-only}, how the skipped tables differ from their
 * desired definition ({@code differences}, never applied).
 */
public record CreateTablesResult(String maskedUrl, String serverVersion, List<String> created, List<String> skipped,
                                 List<String> extra, List<SchemaChange> differences, long elapsedMillis) {

    public CreateTablesResult {
        created = List.copyOf(created);
        skipped = List.copyOf(skipped);
        extra = List.copyOf(extra);
        differences = List.copyOf(differences);
    }
}
