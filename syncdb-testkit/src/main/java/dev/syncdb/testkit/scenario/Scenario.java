package dev.syncdb.testkit.scenario;

import dev.syncdb.diff.DiffOptions;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One scenario: two schemas as plain SQL of one dialect ({@code current}, {@code desired}) that a
 * database is brought between in both directions, optional rows loaded after {@code current}
 * ({@code data}, empty when none), optional column renames ({@code table.old} to {@code new},
 * for the up direction; the down direction renames back), and whether privileges are compared
 * (the {@code --privileges} option).
 */
public record Scenario(String name, String current, String desired, String data, Map<String, String> columnRenames,
                       boolean privileges) {

    public Scenario {
        data = data == null ? "" : data;
        columnRenames = Map.copyOf(columnRenames);
    }

    /** A scenario that leaves privileges out. */
    public Scenario(String name, String current, String desired, String data, Map<String, String> columnRenames) {
        this(name, current, desired, data, columnRenames, false);
    }

    /** A scenario without rows and renames. */
    public static Scenario of(String name, String current, String desired) {
        return new Scenario(name, current, desired, "", Map.of());
    }

    /** Whether rows are loaded after {@code current}. */
    public boolean hasData() {
        return !data.isBlank();
    }

    /** The SQL the database starts from in the given direction. */
    public String from(Direction d) {
        return d == Direction.UP ? current : desired;
    }

    /** The SQL the database must end up matching in the given direction. */
    public String to(Direction d) {
        return d == Direction.UP ? desired : current;
    }

    /**
     * The diff options for the given direction: the column renames, reversed for the way down, and
     * whether privileges are compared.
     */
    public DiffOptions diffOptions(Direction d) {
        if (columnRenames.isEmpty()) {
            return DiffOptions.DEFAULT.withPrivileges(privileges);
        }
        Map<String, String> renames = new LinkedHashMap<>();
        columnRenames.forEach((key, newName) -> {
            String table = key.substring(0, key.indexOf('.'));
            String oldName = key.substring(key.indexOf('.') + 1);
            if (d == Direction.UP) {
                renames.put(key, newName);
            } else {
                renames.put(table + "." + newName, oldName);
            }
        });
        return new DiffOptions(Map.of(), renames, privileges);
    }
}
