package dev.syncdb.engine.desired;

import dev.syncdb.engine.session.Session;
import dev.syncdb.engine.session.Timings;
import dev.syncdb.model.Schema;

/**
 * Where the desired schema comes from (SQL files, JPA entities, another database). It is read in
 * the target's dialect so both sides are normalized alike.
 */
public interface DesiredSource {

    /** Reads the desired schema for the target session's dialect and managed namespace. */
    Schema load(Session target);

    /**
     * The renames the source declares (schema files: {@code -- syncdb:rename} comments); none by
     * default. Read before {@link #load}, so a malformed one fails before any database work.
     */
    default java.util.List<dev.syncdb.sql.RenameDirective> declaredRenames() {
        return java.util.List.of();
    }

    /**
     * Reads the desired schema and records its phases (materialize, inspect desired, cache) in
     * {@code timings}. By default one phase, "load desired".
     */
    default Schema load(Session target, Timings timings) {
        return timings.time("load desired", () -> load(target));
    }

    /**
     * Whether {@link #load} leaves the target session's connection alone (it works on connections of
     * its own), so the engine may inspect the target at the same time. False unless a source says so.
     */
    default boolean loadsAside() {
        return false;
    }

    /**
     * The namespaces the desired schema names its objects in itself, for a target whose dialect is
     * {@code dialect} (JPA entities mapped with {@code @Table(schema = "billing")}), sorted; a run on a
     * dialect that manages several namespaces manages them beside its own ({@link NamedSchemas}).
     * None by default: SQL files say theirs with {@code CREATE SCHEMA} ({@code --all-schemas}).
     */
    default java.util.List<String> namedSchemas(dev.syncdb.dialect.Dialect dialect) {
        return java.util.List.of();
    }

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
