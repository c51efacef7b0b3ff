package dev.syncdb.dialect;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A backup that was written: the file, its size in bytes, the rows of every table in it (in
 * table order), the method used (e.g. "built-in dump", "pg_dump 17.2"), and notes about what it
 * does not hold (objects the built-in dump cannot recreate).
 */
public record BackupResult(Path file, long bytes, Map<String, Long> rowCounts, String method, List<String> notes) {

    public BackupResult {
        rowCounts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rowCounts));
        notes = List.copyOf(notes);
    }

    public int tables() {
        return rowCounts.size();
    }

    public long rows() {
        return rowCounts.values().stream().mapToLong(Long::longValue).sum();
    }
}
