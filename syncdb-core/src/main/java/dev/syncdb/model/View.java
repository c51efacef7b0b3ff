package dev.syncdb.model;

import java.util.List;

/**
 * A view or materialized view: its defining query as the database prints it, the tables and
 * views of the managed schema it reads ({@code dependsOn}), and its comment.
 */
public record View(String name, String definition, boolean materialized, List<String> dependsOn, String comment) {
    public View {
        dependsOn = List.copyOf(dependsOn);
    }
}
