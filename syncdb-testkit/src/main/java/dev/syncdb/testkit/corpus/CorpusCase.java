package dev.syncdb.testkit.corpus;

import java.util.List;
import java.util.Map;

/**
 * One sqldef test case as read from a YAML file: where it came from (tool directory such as
 * {@code psqldef}, file name, case name), the {@code current} and {@code desired} SQL (empty when
 * absent) and the flags that decide whether and how it runs. Version fields are kept as text
 * because sqldef compares them segment by segment.
 */
public record CorpusCase(String toolDir, String file, String name, String current, String desired,
                         String minVersion, String maxVersion, String flavor, boolean enableDrop,
                         boolean legacyIgnoreQuotes, String user, List<String> managedRoles,
                         Map<String, Object> manage, Map<String, Object> config, boolean offline,
                         String error) {

    public CorpusCase {
        current = current == null ? "" : current;
        desired = desired == null ? "" : desired;
        managedRoles = managedRoles == null ? List.of() : List.copyOf(managedRoles);
        manage = manage == null ? Map.of() : Map.copyOf(manage);
        config = config == null ? Map.of() : Map.copyOf(config);
    }

    /** A case with only SQL and default flags, for tests. */
    public static CorpusCase of(String toolDir, String file, String name, String current, String desired) {
        return new CorpusCase(toolDir, file, name, current, desired, null, null, null, true, true,
                null, null, null, null, false, null);
    }

    /** Whether sqldef expects this case to be refused with an error message. */
    public boolean expectsError() {
        return error != null;
    }

    /** Whether the desired SQL carries a {@code @renamed} hint (run by syncdb as drop + add for now). */
    public boolean hasRenameHint() {
        return desired.contains("@renamed") || current.contains("@renamed");
    }

    /** The config options that are switched on (value true), in name order. */
    public List<String> enabledConfig() {
        return config.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
    }
}
