package dev.syncdb.postgres;

import dev.syncdb.model.CheckConstraint;
import dev.syncdb.model.Column;
import dev.syncdb.model.Index;
import dev.syncdb.model.ObjectRef;
import dev.syncdb.model.Schema;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.Table;
import dev.syncdb.model.View;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds whether a schema's expressions use an enum label, the way PostgreSQL prints such a use:
 * {@code 'label'::enum_name} in defaults, generated columns, checks, index predicates and views.
 */
final class PgEnumUse {

    private PgEnumUse() {
    }

    static boolean labelUsed(Schema schema, String enumName, String label) {
        return usedIn(expressions(schema), enumName, label);
    }

    /**
     * Whether an object compared by definition (a policy, a trigger's WHEN, a domain's default or
     * CHECK, a routine body PostgreSQL parses when it is created) uses the label.
     */
    static boolean labelUsedByObjects(Schema schema, String enumName, String label) {
        return usedIn(schema.objects().stream().map(SchemaObject::definition).toList(), enumName, label);
    }

    /** Whether an object of the schema (a routine's argument, a policy, a domain...) needs the enum type. */
    static boolean typeUsedByObjects(Schema schema, String enumName) {
        ObjectRef type = new ObjectRef(SchemaObject.Kind.ENUM, enumName);
        return schema.objects().stream().anyMatch(o -> o.dependsOn().contains(type));
    }

    private static boolean usedIn(List<String> expressions, String enumName, String label) {
        String literal = PostgresQuote.literal(label) + "::";
        String typed = literal + PgNamespaces.sql(enumName);
        for (String expr : expressions) {
            if (expr != null && expr.contains(literal) && (expr.contains(typed) || expr.contains(literal + "\""))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> expressions(Schema schema) {
        List<String> out = new ArrayList<>();
        for (Table t : schema.tables()) {
            for (Column c : t.columns()) {
                out.add(c.defaultExpr());
                out.add(c.generated() == null ? null : c.generated().expression());
            }
            t.checks().stream().map(CheckConstraint::expression).forEach(out::add);
            t.indexes().stream().map(Index::predicate).forEach(out::add);
        }
        schema.views().stream().map(View::definition).forEach(out::add);
        return out;
    }
}
