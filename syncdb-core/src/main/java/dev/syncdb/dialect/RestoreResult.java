package dev.syncdb.dialect;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A restore that completed: the file, the verified rows of every table loaded, and the method used. */
public record RestoreResult(Path file, Map<String, Long> rowCounts, String method) {

    public RestoreResult {
        rowCounts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rowCounts));
    }

    public int tables() {
        return rowCounts.size();
    }

    public long rows() {
        return rowCounts.values().stream().mapToLong(Long::longValue).sum();
    }
}
