package dev.syncdb.postgres;

import dev.syncdb.diff.Differ;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.model.Schema;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.Table;
import dev.syncdb.plan.Plan;
import dev.syncdb.plan.Planner;
import dev.syncdb.plan.Statement;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The DDL of a whole managed namespace, written by our own planner and renderer as the plan from
 * nothing to that namespace: the objects without their foreign keys (run before the data is
 * loaded), and the foreign keys alone (run after, so rows load in any order, self-references too).
 * Names are unqualified: the statements land in whatever schema is the {@code search_path}; when a
 * run manages several namespaces, those of the others are qualified, and they are not created here
 * (a restore creates each one that is missing first).
 */
final class PgSchemaDdl {
    private final Schema schema;

    PgSchemaDdl(Schema schema) {
        this.schema = schema.withUnsupported(List.of());
    }

    /**
     * Extensions, types, functions, sequences, tables (with keys, checks and indexes), views and
     * comments; no foreign keys, triggers or policies.
     */
    String objects() {
        List<SchemaObject> namespaces = schema.objects().stream().filter(o -> o.kind() == SchemaObject.Kind.SCHEMA).toList();
        Schema none = new Schema(schema.name(), List.of(), List.of(), List.of(), List.of(), namespaces, List.of());
        return script(none, withoutForeignKeys());
    }

    /** The foreign keys, triggers and policies, added to the tables {@link #objects()} created. */
    String foreignKeys() {
        return script(withoutForeignKeys(), schema);
    }

    /** The statements that drop every managed object of a namespace holding {@code existing}. */
    static String dropAll(Schema existing) {
        return new PgSchemaDdl(existing).script(existingWithoutNotices(existing), Schema.empty(existing.name()));
    }

    private static Schema existingWithoutNotices(Schema s) {
        return s.withUnsupported(List.of());
    }

    private Schema withoutForeignKeys() {
        List<Table> tables = schema.tables().stream().map(t -> t.toBuilder().clearForeignKeys().build()).toList();
        return new Schema(schema.name(), tables, schema.enums(), schema.sequences(), schema.views(),
                schema.objects().stream().filter(o -> !o.kind().onTable()).toList(), List.of());
    }

    private String script(Schema from, Schema to) {
        PostgresDiffHooks hooks = new PostgresDiffHooks();
        List<SchemaChange> changes = new Differ(hooks).diff(from, to);
        Plan plan = new Planner(hooks, new PostgresRenderer()).plan(from, to, changes);
        return plan.statements().stream().map(Statement::sql).map(PgSchemaDdl::terminated)
                .collect(Collectors.joining("\n\n", "", plan.isEmpty() ? "" : "\n"));
    }

    private static String terminated(String sql) {
        String s = sql.strip();
        return s.endsWith(";") ? s : s + ";";
    }
}
