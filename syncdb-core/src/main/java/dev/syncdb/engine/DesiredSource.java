package dev.syncdb.engine;

import dev.syncdb.model.Schema;

/**
 * Where the desired schema comes from (SQL files, JPA entities, another database). It is read in
 * the target's dialect so both sides are normalized alike.
 */
public interface DesiredSource {

    /** Reads the desired schema for the target session's dialect and managed namespace. */
    Schema load(Session target);

    /** A short description for output, e.g. "schema.sql" or "3 files in db/". */
    String describe();

    /**
     * What the last {@link #load} found besides the schema, judged against the live schema
     * {@code current}; {@code desired} is what that load returned. Nothing by default.
     */
    default SourceFindings findings(Schema current, Schema desired) {
        return SourceFindings.NONE;
    }
}
