package dev.syncdb.engine.fleet;

import dev.syncdb.dialect.DatabaseUrl;

/**
 * One database of a fleet: a URL and, where many targets share one server (PostgreSQL tenant
 * schemas), the schema to manage in it (null = the dialect's default).
 */
public record FleetTarget(DatabaseUrl url, String schemaName) {

    /** How output and the state file name the target: the masked URL, and {@code #schema} when one is named. */
    public String id() {
        return schemaName == null ? url.masked() : url.masked() + "#" + schemaName;
    }
}
