package dev.syncdb.plan;

import dev.syncdb.diff.SchemaChange;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a placeholder instance of any change type by reflection, so a test can run the phase
 * table and the inverses over every permitted subclass of {@link SchemaChange}.
 */
final class PhaseTestSupport {

    private PhaseTestSupport() {
    }

    /** The phase of a placeholder instance of {@code kind}. */
    static Phase phaseOf(Class<?> kind) {
        return Phase.of(sample(kind));
    }

    /** An instance of the change record {@code kind}, each component a placeholder of its type. */
    static SchemaChange sample(Class<?> kind) {
        RecordComponent[] parts = kind.getRecordComponents();
        if (parts == null) {
            throw new AssertionError(kind.getSimpleName() + " is not a record");
        }
        Class<?>[] types = Arrays.stream(parts).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] args = Arrays.stream(types).map(PhaseTestSupport::placeholder).toArray();
        try {
            Constructor<?> c = kind.getDeclaredConstructor(types);
            return (SchemaChange) c.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Object placeholder(Class<?> type) {
        if (type == String.class) return "t";
        if (type == List.class) return List.of();
        if (type == Set.class) return Set.of();
        if (type == Map.class) return Map.of();
        if (type.isEnum()) return type.getEnumConstants()[0];
        if (type == boolean.class) return false;
        if (type == dev.syncdb.model.SchemaObject.class) {
            return new dev.syncdb.model.SchemaObject(dev.syncdb.model.SchemaObject.Kind.FUNCTION, "t", null, "t()",
                    "CREATE FUNCTION t()", Map.of(), List.of(), List.of());
        }
        return null;
    }
}
