package dev.syncdb.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A schema object compared by its definition: an extension, a domain, a composite or range type, a
 * function, procedure or aggregate, a trigger, a managed namespace other than a run's first ({@link Kind#SCHEMA}), an index on a materialized view ({@link Kind#VIEW_INDEX}:
 * {@code table} names the view), a PostgreSQL event trigger, a row-level security policy, a scheduled event (MySQL), or the privileges one role holds
 * on one object ({@link Kind#PRIVILEGE}: {@code name} is the role, {@code identity} names the
 * object and the role; compared only when the diff options ask for privileges). {@code identity} names it
 * uniquely within its kind (a function's name with its argument types, {@code table.name} for a
 * trigger or policy); {@code table} is the owning table of a trigger or policy, else null.
 * {@code definition} is the full statement that creates it, as the database prints it, so two
 * objects of the same identity are the same object exactly when their definitions are equal.
 *
 * <p>{@code properties} holds the dialect's parts of the definition that a renderer may use to
 * alter the object in place (a domain's checks, a function's result type, an extension's version);
 * shared code treats them as opaque. {@code dependsOn} lists what the object needs (other objects,
 * tables, views); {@code usedBy} lists the tables and views that need it (column types, defaults,
 * checks, indexes, view queries). Neither takes part in the comparison.
 */
public record SchemaObject(Kind kind, String name, String table, String identity, String definition,
                           Map<String, String> properties, List<ObjectRef> dependsOn, List<ObjectRef> usedBy) {

    public SchemaObject {
        properties = java.util.Collections.unmodifiableMap(new TreeMap<>(properties));
        dependsOn = List.copyOf(dependsOn);
        usedBy = List.copyOf(usedBy);
    }

    /** The reference other objects use to name this one. */
    public ObjectRef ref() {
        return new ObjectRef(kind, identity);
    }

    /** Whether this object is the same object as {@code other} (same kind and identity) with the same definition. */
    public boolean sameDefinition(SchemaObject other) {
        return ref().equals(other.ref()) && definition.equals(other.definition);
    }

    /** A dialect property, or null. */
    public String property(String key) {
        return properties.get(key);
    }

    /**
     * The kinds of object a {@link SchemaObject} or an {@link ObjectRef} can be. TABLE, VIEW, ENUM,
     * SEQUENCE and COLUMN occur only in references: those objects have their own model records (a
     * column reference's identity is {@code table.column}, and comes with a reference to its table).
     */
    public enum Kind {
        EXTENSION, DOMAIN, COMPOSITE_TYPE, RANGE_TYPE, FUNCTION, PROCEDURE, AGGREGATE, TRIGGER, POLICY, EVENT,
        EVENT_TRIGGER, VIEW_INDEX, PRIVILEGE, SCHEMA, TABLE, VIEW, ENUM, SEQUENCE, COLUMN;

        /** Whether the object belongs to one table (a trigger or a policy). */
        public boolean onTable() {
            return this == TRIGGER || this == POLICY;
        }

        /** Lower-case words, e.g. "composite type". */
        public String words() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }
}
