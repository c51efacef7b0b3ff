package dev.syncdb.jpa;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.Dialect;
import dev.syncdb.dialect.Dialects;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.mapping.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The schemas (and catalogs) the entities name their tables and sequences in, as Hibernate's
 * metamodel holds them after the physical naming: from {@code @Table}, {@code @SecondaryTable},
 * {@code @JoinTable}, {@code @CollectionTable}, {@code @SequenceGenerator} and {@code @TableGenerator}
 * with {@code schema = ...}, or Hibernate's default schema. An unquoted name is folded to lower
 * case (as the databases that manage several schemas fold it), a quoted one kept as written.
 * Package-private: Hibernate's types never leave this module.
 */
final class EntityNamespaces {

    private EntityNamespaces() {
    }

    /**
     * Where a run puts the entities' tables: the target dialect's name, whether it manages several
     * schemas per run, and the schemas the run manages, its own first.
     */
    record Run(String dialectName, boolean several, List<String> managed) {
        Run {
            managed = List.copyOf(managed);
        }

        /** The run's own schema. */
        String own() {
            return managed.get(0);
        }

        /**
         * Hibernate's script for {@code model} placed for this run: refused when it names a schema the
         * run cannot manage, else preceded by the CREATE SCHEMA of each named schema but the run's own
         * (the scratch place has that one already).
         */
        String script(HibernateMetamodel model) {
            if (!several) {
                refuseAny(model.metadata(), dialectName);
                return model.desiredScript();
            }
            refuseUnmanaged(model.metadata(), managed);
            return createStatements(model.metadata(), model.dialect(), own()) + model.desiredScript();
        }
    }

    /** The distinct schemas that hold a table or a sequence of the metamodel, sorted. */
    static List<String> schemas(Metadata metadata) {
        TreeSet<String> out = new TreeSet<>();
        for (Namespace ns : metadata.getDatabase().getNamespaces()) {
            Identifier schema = ns.getPhysicalName().getSchema();
            if (schema != null && holdsObjects(ns)) {
                out.add(folded(schema));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Refuses any table or sequence in a named schema or catalog, for a target whose dialect
     * {@code dialectName} manages one schema per run: there Hibernate would drop or misplace the name
     * and the desired schema would not be what the application reads.
     */
    static void refuseAny(Metadata metadata, String dialectName) {
        for (Namespace ns : metadata.getDatabase().getNamespaces()) {
            Namespace.Name name = ns.getPhysicalName();
            Identifier named = name.getSchema() != null ? name.getSchema() : name.getCatalog();
            if (named != null && holdsObjects(ns)) {
                String kind = name.getSchema() != null ? "schema" : "catalog";
                throw SyncdbException.error("the entities map " + example(ns) + " in " + kind + " " + named.getText()
                        + ", but syncdb manages one schema per run on " + dialectName + ": remove " + kind + " = \""
                        + named.getText() + "\" from the mapping (entities in several schemas work on "
                        + String.join(", ", Dialects.all().stream().filter(Dialect::managesSeveralNamespaces)
                                .map(Dialect::name).toList()) + ")");
            }
        }
    }

    /** Refuses a named schema the run does not manage ({@code managed}: the run's schemas, its own first). */
    static void refuseUnmanaged(Metadata metadata, List<String> managed) {
        for (String schema : schemas(metadata)) {
            if (!managed.contains(schema)) {
                throw SyncdbException.error("the entities name schema " + schema + ", which this run does not manage"
                        + " (it manages " + String.join(", ", managed) + "): add --schema-name " + schema);
            }
        }
    }

    /**
     * The statements that create the named schemas other than the run's own ({@code own}), one per
     * line ended with {@code ;} like Hibernate's script, in Hibernate's words for {@code dialect}.
     */
    static String createStatements(Metadata metadata, org.hibernate.dialect.Dialect dialect, String own) {
        StringBuilder out = new StringBuilder();
        for (Namespace ns : metadata.getDatabase().getNamespaces()) {
            Identifier schema = ns.getPhysicalName().getSchema();
            if (schema != null && holdsObjects(ns) && !folded(schema).equals(own)) {
                for (String sql : dialect.getCreateSchemaCommand(schema.render(dialect))) {
                    out.append(ifNotExists(sql)).append(";\n");
                }
            }
        }
        return out.toString();
    }

    /**
     * A CREATE SCHEMA that leaves a schema the scratch database has from its template (such as
     * {@code public} beside another own schema) alone; other commands as they are.
     */
    private static String ifNotExists(String sql) {
        return sql.regionMatches(true, 0, "create schema ", 0, 14) && !sql.regionMatches(true, 14, "if not exists ", 0, 14)
                ? sql.substring(0, 14) + "if not exists " + sql.substring(14) : sql;
    }

    /** A table's name as the desired model names it: bare in the run's own schema {@code own}, else {@code schema.name}. */
    static String modelName(Table table, String own) {
        Identifier schema = table.getSchemaIdentifier();
        String name = table.getName().toLowerCase(Locale.ROOT);
        return schema == null || own == null || folded(schema).equals(own) ? name : folded(schema) + "." + name;
    }

    private static boolean holdsObjects(Namespace ns) {
        return !ns.getTables().isEmpty() || ns.getSequences().iterator().hasNext();
    }

    private static String example(Namespace ns) {
        List<String> names = new ArrayList<>();
        ns.getTables().forEach(t -> names.add("table " + t.getName()));
        ns.getSequences().forEach(s -> names.add("sequence " + s.getName().getSequenceName().getText()));
        return names.stream().sorted().findFirst().orElse("objects");
    }

    private static String folded(Identifier id) {
        return id.isQuoted() ? id.getText() : id.getText().toLowerCase(Locale.ROOT);
    }
}
