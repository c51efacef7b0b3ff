package dev.syncdb.postgres;

import dev.syncdb.diff.DiffHooks;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.model.Schema;
import dev.syncdb.diff.TypeChangeKind;
import dev.syncdb.diff.TypeChanges;
import dev.syncdb.model.CheckConstraint;
import dev.syncdb.model.Table;
import dev.syncdb.dialect.Namespaces;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.DataType;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.Map;
import java.util.Objects;

/**
 * PostgreSQL's answers to the differ: both sides are printed by PostgreSQL itself, so the default
 * text comparisons hold (CHECKs over array literals aside, see {@link #sameCheck}); type changes are judged by the generic {@link TypeChanges} rules (integer
 * ranks, character lengths, numeric precision and scale, time precision) plus the PostgreSQL
 * families those rules do not know: integers into numeric, and real into double precision.
 */
public final class PostgresDiffHooks implements DiffHooks {
    /** Decimal digits each integer type needs to hold all of its values. */
    private static final Map<String, Integer> INTEGER_DIGITS = Map.of("smallint", 5, "integer", 10, "bigint", 19);
    private static final List<String> FLOATS = List.of("real", "double precision");

    /**
     * A CHECK created from source text ({@code status IN ('A', 'B')} on a varchar column, as
     * Hibernate writes for {@code @Enumerated(STRING)}) and one created from PostgreSQL's printed
     * form of it print differently; {@link PgCheckText} brings both to one form.
     */
    @Override
    public boolean sameCheck(CheckConstraint from, CheckConstraint to) {
        return Objects.equals(from.name(), to.name())
                && Objects.equals(PgCheckText.canonical(from.expression()), PgCheckText.canonical(to.expression()));
    }

    /** A partition: ATTACH PARTITION merges a table's matching columns, keys, indexes and checks, DETACH keeps them. */
    @Override
    public boolean takesOverParentParts(Table t) {
        return PgPartitions.isPartition(t.options());
    }

    /**
     * A partition or an inheritance child: INHERIT merges a table's columns and checks of its new
     * parent's shape (they stay local, which the inspector reads as the parent's), NO INHERIT keeps them.
     */
    @Override
    public boolean takesOverParentColumns(Table t) {
        return !t.parents().isEmpty();
    }

    @Override
    public TypeChangeKind classifyTypeChange(DataType from, DataType to) {
        if (from.array() == to.array()) {
            TypeChangeKind special = classifyBases(from, to);
            if (special != null) {
                return special;
            }
        }
        return TypeChanges.classify(from, to);
    }

    private static TypeChangeKind classifyBases(DataType from, DataType to) {
        String a = from.base();
        String b = to.base();
        if (INTEGER_DIGITS.containsKey(a) && b.equals("numeric")) {
            return fitsNumeric(INTEGER_DIGITS.get(a), to) ? TypeChangeKind.WIDENING : TypeChangeKind.NARROWING;
        }
        if (a.equals("numeric") && INTEGER_DIGITS.containsKey(b)) {
            return TypeChangeKind.NARROWING;
        }
        if (FLOATS.contains(a) && FLOATS.contains(b)) {
            return FLOATS.indexOf(b) >= FLOATS.indexOf(a) ? TypeChangeKind.WIDENING : TypeChangeKind.NARROWING;
        }
        return null;
    }

    /** Whether numeric {@code to} holds every integer of {@code digits} digits exactly. */
    private static boolean fitsNumeric(int digits, DataType to) {
        if (to.precision() == null) {
            return true;
        }
        int scale = to.scale() == null ? 0 : to.scale();
        return to.precision() - scale >= digits;
    }

    /**
     * PostgreSQL cannot use an enum label in the transaction that added it. When the desired
     * schema's tables or views already use a new label (a default, check, index predicate or view)
     * and no other object needs the type, the type is re-created inside the plan's transaction,
     * which keeps the whole apply atomic. When routines, policies or domains need the type (they
     * would follow the old type through a re-creation), the labels are added instead, committed
     * before the plan's transaction when something uses them ({@link #commitsLabelsFirst}).
     */
    @Override
    public boolean recreatesEnum(SchemaChange.AlterEnum change, Schema desired) {
        if (!change.onlyAdds()) {
            return true;
        }
        return !PgEnumUse.typeUsedByObjects(desired, change.to().name())
                && newLabels(change).anyMatch(l -> PgEnumUse.labelUsed(desired, change.to().name(), l));
    }

    /**
     * Whether an enum change that adds labels in place must commit them before the plan's
     * transaction: something in the desired schema (an expression of a table or view, or an object
     * such as a policy) uses a new label, which PostgreSQL refuses in the transaction that added it.
     */
    static boolean commitsLabelsFirst(SchemaChange.AlterEnum change, Schema desired) {
        String type = change.to().name();
        return change.onlyAdds() && newLabels(change).anyMatch(l -> PgEnumUse.labelUsed(desired, type, l)
                || PgEnumUse.labelUsedByObjects(desired, type, l));
    }

    private static java.util.stream.Stream<String> newLabels(SchemaChange.AlterEnum change) {
        return change.to().values().stream().filter(l -> !change.from().values().contains(l));
    }

    /** In place where {@link PgObjectSql#inPlace} alters or replaces it; otherwise it is dropped and created. */
    @Override
    public boolean replacesObjectInPlace(SchemaObject from, SchemaObject to) {
        return PgObjectSql.inPlace(from, to);
    }

    /** Same definition, comment and (for triggers) firing state. */
    @Override
    public boolean sameObject(SchemaObject from, SchemaObject to) {
        return from.definition().equals(to.definition())
                && PgObjectState.same(from, to);
    }

    /** The bare name (without the namespace of the model's {@code ns.name}) in a run that manages several namespaces. */
    @Override
    public String nameInNamespace(String schema, String name) {
        return Namespaces.several(schema) ? PgNamespaces.within(schema, () -> PgNamespaces.bare(name)) : null;
    }

    /**
     * Definitions that are equal once the object's own name is written bare: a definition names the
     * object qualified in a managed namespace other than the first, bare in the first.
     */
    @Override
    public boolean sameObjectElsewhere(String schema, SchemaObject from, SchemaObject to) {
        return PgNamespaces.within(schema, () -> unqualified(from).equals(unqualified(to)));
    }

    private static String unqualified(SchemaObject o) {
        String namespace = PgNamespaces.namespaceOf(o.name());
        if (namespace == null) {
            return o.definition();
        }
        String qualified = PostgresQuote.ident(namespace) + "." + PostgresQuote.ident(PgNamespaces.bare(o.name()));
        return o.definition().replaceFirst(Pattern.quote(qualified),
                Matcher.quoteReplacement(PostgresQuote.ident(PgNamespaces.bare(o.name()))));
    }
}
